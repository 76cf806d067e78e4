using BudgetLedger.Checks.Documents;
using BudgetLedger.Checks.Findings;

namespace BudgetLedger.Checks.CrossDocument;

/// <summary>
/// What a final account carries forward at the end of a year (年末结转和结余) against what the unit's budget for the
/// next year brings forward (上年结转).
/// </summary>
public static class CarryoverContinuityCheck
{
    public const string RuleId = "cross-document.carryover-continuity";

    public static IEnumerable<CheckFinding> Check(IReadOnlyList<DocumentFigures> documents)
    {
        foreach (var final in documents.Where(d => d.IsFinalAccounts && d.YearEndBalance is not null))
        {
            foreach (var next in documents.Where(d => d.IsBudget && d.UnitId == final.UnitId
                && d.Year == final.Year + 1 && d.Carryover is not null))
            {
                if (Compare.Differs(final.YearEndBalance, next.Carryover) is { } severity)
                {
                    yield return new CheckFinding(RuleId, severity, next.UnitId, next.UnitName, next.Year,
                        [final.FileName, next.FileName], "上年结转",
                        $"the {next.Year} budget's 上年结转 is the {final.Year} final accounts' 年末结转和结余",
                        Compare.Text(final.YearEndBalance), Compare.Text(next.Carryover));
                }
            }
        }
    }
}
