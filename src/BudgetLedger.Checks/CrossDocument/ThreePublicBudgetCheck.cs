using BudgetLedger.Checks.Documents;
using BudgetLedger.Checks.Findings;
using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;

namespace BudgetLedger.Checks.CrossDocument;

/// <summary>
/// A final account's 三公 预算数 against the 三公 budget the unit published for that year: the total and each item,
/// where both documents print it.
/// </summary>
public static class ThreePublicBudgetCheck
{
    public const string RuleId = "cross-document.three-public-budget";

    public static IEnumerable<CheckFinding> Check(IReadOnlyList<DocumentFigures> documents)
    {
        foreach (var final in documents.Where(d => d.IsFinalAccounts && d.ThreePublicBudget is not null))
        {
            foreach (var budget in documents.Where(d => d.IsBudget && d.UnitId == final.UnitId
                && d.Year == final.Year && d.ThreePublicBudget is not null))
            {
                foreach (var (item, published, reported) in Items(budget.ThreePublicBudget!, final.ThreePublicBudget!))
                {
                    if (Compare.Differs(published, reported) is { } severity)
                    {
                        yield return new CheckFinding(RuleId, severity, final.UnitId, final.UnitName, final.Year,
                            [budget.FileName, final.FileName], $"三公 {item}",
                            $"the final accounts' 三公 预算数 of {item} is the budget the unit published for {final.Year}",
                            Compare.Text(published), Compare.Text(reported));
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Item, decimal? Published, decimal? Reported)> Items(
        ThreePublicExpensesStated published, ThreePublicExpensesStated reported)
    {
        yield return ("合计", Wan(published.StatedTotal), Wan(reported.StatedTotal));
        yield return ("因公出国（境）费", Wan(published.OverseasTravel), Wan(reported.OverseasTravel));
        yield return ("公务用车购置费", Wan(published.OfficialVehiclePurchase), Wan(reported.OfficialVehiclePurchase));
        yield return ("公务用车运行维护费", Wan(published.OfficialVehicleOperation),
            Wan(reported.OfficialVehicleOperation));
        yield return ("公务接待费", Wan(published.OfficialReception), Wan(reported.OfficialReception));
    }

    private static decimal? Wan(Amount? amount) => amount?.To(AmountUnit.TenThousandYuan).Value;
}
