using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// 基本支出 or 项目支出 the prose states against the sum of the tables' items of that kind: appropriated in a
/// budget, executed in final accounts. Only where every item is 一般公共预算, nothing is carried over and the items
/// add up to the summary table's 本年支出合计 (no money the typed items leave out), since the prose may or may not
/// count other money.
/// </summary>
public static partial class ExpenditureKinds
{
    public const string Rule = "text-table.expenditure-kind";

    public static TableFigure? For(string subject, IReadOnlyList<IBudgetEvent> events, DocumentKind kind)
    {
        if (Subject().Match(subject) is not { Success: true } m)
        {
            return null;
        }

        var wanted = m.Groups["kind"].Value == "基本支出" ? ExpenditureKind.BasicExpenditure
            : ExpenditureKind.ProjectExpenditure;
        var lines = (kind == DocumentKind.BudgetDisclosure
            ? events.OfType<BudgetAppropriated>().Select(e => ((FundSource?)e.FundSource,
                (ExpenditureKind?)e.ExpenditureKind, e.Amount))
            : events.OfType<ExpenditureExecuted>().Select(e => (e.FundSource, e.ExpenditureKind, e.Amount))).ToList();
        if (lines.Count == 0 || lines.Any(l => l.Item1 != FundSource.GeneralPublicBudget || l.Item2 is null)
            || events.OfType<CarryoverBroughtForward>().Any()
            || !Complete(lines.Select(l => l.Amount).ToList(), events))
        {
            return null;
        }

        return TableFigure.Of(lines.Where(l => l.Item2 == wanted).Select(l => l.Amount).ToList(), Rule,
            $"the sum of the tables' {m.Groups["kind"].Value} items");
    }

    private static bool Complete(IReadOnlyList<Amount> items, IReadOnlyList<IBudgetEvent> events)
    {
        if (SummaryRow.InSummary(events, "支出合计") is not { } total)
        {
            return false;
        }

        var sum = TableFigure.Of(items, Rule, "");
        return total.Value != 0m
            && Math.Abs(total.To(AmountUnit.TenThousandYuan).Value - sum.Value) <= sum.Tolerance + 0.005m;
    }

    [GeneratedRegex(@"^(一般公共预算(财政拨款)?(安排)?)?(?<kind>基本支出|项目支出)$")]
    private static partial Regex Subject();
}
