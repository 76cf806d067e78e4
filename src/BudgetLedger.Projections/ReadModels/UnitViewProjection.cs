using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// Folds one event into a unit's view, one short handler per event. Pure: the actors only host it. Events it has no
/// use for leave the view as it is; amounts are kept in 万元 (元 figures are converted).
/// </summary>
public static partial class UnitViewProjection
{
    public static UnitView Apply(UnitView view, IBudgetEvent e, Guid eventId = default) => e switch
    {
        UnitRenamed r => Renamed(view, r, eventId),
        VarianceReasonStated v => view.WithYear(v.FiscalYear.Value, y => Stated(y, v)),
        FunctionTransferred t => view.WithYear(t.FiscalYear.Value, y => Transferred(y, view.UnitId, t, eventId)),
        BudgetAdjusted a => view.WithYear(a.FiscalYear.Value, y => Adjusted(y, a, eventId)),
        ProjectAliasRecorded a => view with { Aliases = view.Aliases.Add(new(eventId, a.ProjectName, a.Aliases)) },
        EventReversed r => Reversed(view, r.ReversedEventId),
        DocumentImported d => Imported(view, d),
        UnitRegistered r => view with { Name = r.Name, Code = r.Code },
        BudgetAppropriated a => view.WithYear(a.FiscalYear.Value, y => Appropriated(y, a)),
        CarryoverBroughtForward c => view.WithYear(c.FiscalYear.Value, y => CarriedOver(y, c)),
        ExpenditureExecuted x => view.WithYear(x.FiscalYear.Value, y => Executed(y, x)),
        BasicExpenditureBudgeted b => view.WithYear(b.FiscalYear.Value, y => BasicBudgeted(y, b)),
        EconomicExpenditureExecuted x => view.WithYear(x.FiscalYear.Value, y => EconomicExecuted(y, x)),
        ThreePublicExpensesStated t => view.WithYear(t.FiscalYear.Value, y => ThreePublicStated(y, t)),
        AgencyOperatingCostsStated a => view.WithYear(a.FiscalYear.Value, y => AgencyCostsStated(y, a)),
        ProjectDeclared p => view.WithYear(p.FiscalYear.Value, y => Declared(y, p)),
        RevenueStated r => view.WithYear(r.FiscalYear.Value, y => RevenueStated(y, r)),
        SurplusDistributed s => view.WithYear(s.FiscalYear.Value, y => y with { SurplusDistributed =
            (y.SurplusDistributed ?? 0m) + Wan(s.Amount) }),
        YearEndBalanceCarriedForward b => view.WithYear(b.FiscalYear.Value, y => y with { YearEndBalance =
            (y.YearEndBalance ?? 0m) + Wan(b.Amount) }),
        PerformanceSelfEvaluated p => view.WithYear(p.FiscalYear.Value, y => Evaluated(y, p)),
        GovernmentProcurementStated g => view.WithYear(g.FiscalYear.Value, y => ProcurementStated(y, g)),
        AssetsStated a => view.WithYear(a.FiscalYear.Value, y => y with { Assets = y.Assets.Add(new(a.Item,
            a.Quantity, WanOrNull(a.Value))) }),
        FunctionalClassesNamed n => view.WithYear(n.FiscalYear.Value, y => ClassesNamed(y, n)),
        PerformanceTargetsDeclared t => view.WithYear(t.FiscalYear.Value, y => TargetsDeclared(y, t)),
        FindingRecorded f => view.WithYear(f.FiscalYear.Value, y => y with { Findings = y.Findings.Add(new(
            f.DocumentSha256, f.Table, f.Line, f.Rule, f.Expected, f.Actual)) }),
        TablePublished t => view.WithYear(t.FiscalYear.Value, y => Published(y, t)),
        _ => view,
    };

    private static decimal Wan(Amount amount) => amount.To(AmountUnit.TenThousandYuan).Value;

    private static decimal? WanOrNull(Amount? amount) => amount is { } a ? Wan(a) : null;
}
