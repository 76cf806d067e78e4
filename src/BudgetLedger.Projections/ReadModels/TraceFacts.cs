using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>The trace facts of one event. Pure: the unit actors fold them beside their views.</summary>
public static class TraceFacts
{
    public static IReadOnlyList<TraceFact> Of(ulong position, IBudgetEvent e) => e switch
    {
        ProjectDeclared p => [Project(position, p.FiscalYear.Value, p.Funding == ProjectFunding.Carryover
            ? TraceFactKind.ProjectCarriedOver : TraceFactKind.ProjectBudgeted, p.ProjectName, p.ProjectName,
            Wan(p.Amount))],
        PerformanceTargetsDeclared t => [Project(position, t.FiscalYear.Value, TraceFactKind.TargetsFunds,
            t.ProjectName, t.ProjectName, t.AnnualFunds is { } funds ? Wan(funds) : null)],
        PerformanceSelfEvaluated s => [Project(position, s.FiscalYear.Value, TraceFactKind.SelfEvaluated,
            s.ProjectName, $"{s.ProjectName}: 全年预算 {Wan(s.FullYearBudget):F2}, 执行 {Wan(s.Executed):F2}",
            Wan(s.Executed))],
        VarianceReasonStated { SubjectKind: VarianceSubjectKind.Project } v => [Project(position,
            v.FiscalYear.Value, TraceFactKind.ReasonStated, v.Subject, v.Text,
            v.Direction == VarianceDirection.Increase ? Wan(v.Amount) : -Wan(v.Amount))],
        BudgetAppropriated a => [Line(position, a.FiscalYear.Value, TraceFactKind.Appropriated,
            a.FunctionalClass.Code.Value, $"[{a.FunctionalClass.Code.Value}]{a.FunctionalClass.Name} "
            + $"{a.ExpenditureKind}", Wan(a.Amount))],
        CarryoverBroughtForward { FunctionalClass: { } f } c => [Line(position, c.FiscalYear.Value,
            TraceFactKind.CarriedOver, f.Code.Value, $"[{f.Code.Value}]{f.Name}", Wan(c.Amount))],
        BudgetAdjusted a => [Line(position, a.FiscalYear.Value, a.Kind == AdjustmentKind.Supplement
            ? TraceFactKind.Supplemented : TraceFactKind.Reduced, a.FunctionalClass.Code.Value, a.Reason,
            a.Kind == AdjustmentKind.Supplement ? Wan(a.Amount) : -Wan(a.Amount))],
        ExpenditureExecuted x => [Line(position, x.FiscalYear.Value, TraceFactKind.Executed,
            x.FunctionalClass.Code.Value, $"[{x.FunctionalClass.Code.Value}]{x.FunctionalClass.Name}",
            Wan(x.Amount))],
        FunctionTransferred t => t.Lines.Select((l, i) => new TraceFact(position, i, t.FiscalYear.Value,
            TraceFactKind.Transferred, l.Name, Wan(l.Amount)) { Project = l.Name,
            Code = l.FunctionalClass?.Code.Value, FromUnit = t.FromUnit.Value, ToUnit = t.ToUnit.Value,
            Function = t.Function }).ToList(),
        _ => [],
    };

    private static TraceFact Project(ulong position, int year, TraceFactKind kind, string project, string text,
        decimal? amount) => new(position, 0, year, kind, text, amount) { Project = project };

    private static TraceFact Line(ulong position, int year, TraceFactKind kind, string code, string text,
        decimal amount) => new(position, 0, year, kind, text, amount) { Code = code };

    private static decimal Wan(Amount amount) => amount.To(AmountUnit.TenThousandYuan).Value;
}
