using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A 类 the prose names by its standard name ("社会保障和就业支出（类）8,541.87万元") against the sum of the
/// 一般公共预算 items of that 类 the tables give: appropriated in a budget, executed in final accounts. Skipped when
/// the class also has money of another fund source or carried over, since the prose may or may not count it.
/// </summary>
public static partial class FunctionalCategories
{
    public const string Rule = "text-table.functional-class";

    public static TableFigure? For(string subject, IReadOnlyList<IBudgetEvent> events, DocumentKind kind)
    {
        var name = Marker().Replace(subject, "");
        var lines = (kind == DocumentKind.BudgetDisclosure
            ? events.OfType<BudgetAppropriated>().Select(e => (e.FunctionalClass.Code, (FundSource?)e.FundSource,
                e.Amount))
            : events.OfType<ExpenditureExecuted>().Select(e => (e.FunctionalClass.Code, e.FundSource, e.Amount)))
            .Where(l => Named(FunctionalClass.StandardCategoryName(l.Code), name)).ToList();
        if (lines.Count == 0 || lines.Any(l => l.Item2 != FundSource.GeneralPublicBudget)
            || events.OfType<CarryoverBroughtForward>().Any())
        {
            return null;
        }

        return TableFigure.Of(lines.Select(l => l.Amount).ToList(), Rule,
            $"the sum of the tables' 一般公共预算 items of {name}（类）");
    }

    private static bool Named(string? standard, string name) => standard is not null
        && (standard == name || standard == name + "支出");

    [GeneratedRegex(@"[（(]类[）)]$")]
    private static partial Regex Marker();
}
