using BudgetLedger.Checks.Documents;
using BudgetLedger.Checks.Findings;
using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Projects;

namespace BudgetLedger.Checks.CrossDocument;

/// <summary>
/// What a budget's notes say last year's figure was ("比上年减少 X 万元" beside this year's figure) against last year's
/// own budget, where the ledger holds it: a project's 本年预算, or a 三公 item or total.
/// </summary>
public static class StatedPriorYearCheck
{
    public const string RuleId = "cross-document.stated-prior-year";

    public static IEnumerable<CheckFinding> Check(IReadOnlyList<DocumentFigures> documents)
    {
        foreach (var budget in documents.Where(d => d.IsBudget && d.Statements.Count > 0))
        {
            foreach (var prior in documents.Where(d => d.IsBudget && d.UnitId == budget.UnitId
                && d.Year == budget.Year - 1))
            {
                foreach (var statement in budget.Statements)
                {
                    var (implied, printed) = Figures(statement, budget, prior);
                    if (Compare.Differs(printed, implied) is { } severity)
                    {
                        yield return new CheckFinding(RuleId, severity, budget.UnitId, budget.UnitName, budget.Year,
                            [prior.FileName, budget.FileName], statement.Subject, $"the {budget.Year} notes' "
                            + $"“{statement.Text}” puts {prior.Year} at what the {prior.Year} budget printed",
                            Compare.Text(printed), Compare.Text(implied));
                    }
                }
            }
        }
    }

    /// <summary>Last year's figure as this year's statement implies it, and as last year's budget printed it.</summary>
    private static (decimal? Implied, decimal? Printed) Figures(VarianceReasonStated s, DocumentFigures budget,
        DocumentFigures prior)
    {
        if (s.SubjectKind == VarianceSubjectKind.Project)
        {
            var key = ProjectNameKey.Of(s.Subject);
            return budget.Projects.TryGetValue(key, out var now) && prior.Projects.TryGetValue(key, out var then)
                ? (now.Amount - Signed(s), then.Amount) : (null, null);
        }

        return s.SubjectKind == VarianceSubjectKind.OtherFigure && s.ImpliedPriorYear is { } implied
            && prior.ThreePublicBudget is { } three && Item(s.Subject, three) is { } printed
            ? (Wan(implied), Wan(printed)) : (null, null);
    }

    private static Amount? Item(string subject, ThreePublicExpensesStated three) =>
        subject.Contains("公务接待", StringComparison.Ordinal) ? three.OfficialReception
        : subject.Contains("公务用车运行", StringComparison.Ordinal) ? three.OfficialVehicleOperation
        : subject.Contains("公务用车购置", StringComparison.Ordinal) ? three.OfficialVehiclePurchase
        : subject.Contains("因公出国", StringComparison.Ordinal) ? three.OverseasTravel
        : subject.Contains("三公", StringComparison.Ordinal) ? three.StatedTotal
        : null;

    private static decimal Signed(VarianceReasonStated s) =>
        s.Direction == VarianceDirection.Increase ? Wan(s.Amount) : -Wan(s.Amount);

    private static decimal Wan(Amount amount) => amount.To(AmountUnit.TenThousandYuan).Value;
}
