using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// The notes' "“三公”经费 … 完成全年预算的 X%" against the 三公 table: X must be actual ÷ budget. A
/// disagreement is a finding (one seed says 10.69% where its table shows 1.39 of 1.39).
/// </summary>
public static partial class ThreePublicExpensesClaim
{
    public static IEnumerable<Finding> Check(DisclosureText text, IEnumerable<IBudgetEvent> events)
    {
        var stated = events.OfType<ThreePublicExpensesStated>().ToList();
        var budget = stated.FirstOrDefault(s => s.Basis == Basis.Budget)?.StatedTotal;
        var actual = stated.FirstOrDefault(s => s.Basis == Basis.Actual)?.StatedTotal;
        if (budget is not { Value: > 0m } b || actual is not { } a)
        {
            yield break;
        }

        var computed = Math.Round(a.Value / b.Value * 100m, 2);
        foreach (var line in text.Lines.Where(l => l.Text.Contains("三公", StringComparison.Ordinal)))
        {
            var m = Claim().Match(line.Text);
            if (m.Success && decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var claimed
                && Math.Abs(claimed - computed) > 0.01m)
            {
                yield return new Finding(FindingSeverity.Inconsistency, "情况说明", line.Number,
                    $"the notes say “三公”经费 reached {claimed}% of budget, but the 三公 table shows {a.Value} of {b.Value}",
                    $"{Identity.Text(computed)}%", $"{Identity.Text(claimed)}%", claimed - computed)
                    { RuleId = "text-table.three-public-completion" };
            }
        }
    }

    [GeneratedRegex(@"完成全年预算的(\d+(?:\.\d+)?)%")]
    private static partial Regex Claim();
}
