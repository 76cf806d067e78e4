using BudgetLedger.Domain.Projects;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Variance;

/// <summary>
/// Project names drift between years (工伤业务保险经办费 in 2022, 工伤保险业务经办费 in 2026). Two names match
/// when they are equal, when a recorded alias joins them, or when they hold the same characters once
/// punctuation, spaces and a trailing 费 are set aside: each match says which.
/// </summary>
public sealed class ProjectNames(IEnumerable<AliasFigure> aliases)
{
    private readonly List<HashSet<string>> _aliases =
        aliases.Select(a => a.Aliases.Append(a.Project).ToHashSet(StringComparer.Ordinal)).ToList();

    /// <summary>Null when the names are not one project; otherwise how they were matched.</summary>
    public string? Match(string wanted, string candidate)
    {
        if (wanted == candidate)
        {
            return "同名";
        }

        if (_aliases.Any(set => set.Contains(wanted) && set.Contains(candidate)))
        {
            return $"记录的别名: {candidate} = {wanted}";
        }

        return Key(wanted) == Key(candidate) ? $"规范化名称相同: {candidate} ≈ {wanted}" : null;
    }

    public static string Key(string name) => ProjectNameKey.Of(name);
}
