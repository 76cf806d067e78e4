using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// Folds one event into a unit's view. Pure: the actors only host it. Events it has no use for leave the
/// view as it is; amounts are kept in 万元 (元 figures are converted).
/// </summary>
public static class UnitViewProjection
{
    public static UnitView Apply(UnitView view, IBudgetEvent e, Guid eventId = default) => e switch
    {
        UnitRenamed r => Renamed(view, r, eventId),
        VarianceReasonStated v => view.WithYear(v.FiscalYear.Value,
            y => y with { StatedReasons = y.StatedReasons.Add(new StatedReasonFigure(v.SubjectKind.ToString(),
            v.Subject, v.Kind.ToString(), v.Direction == VarianceDirection.Increase ? Wan(v.Amount)
            : -Wan(v.Amount), WanOrNull(v.ImpliedPriorYear), v.Text)) }),
        FunctionTransferred t => view.WithYear(t.FiscalYear.Value,
            y => y with { Transfers = y.Transfers.Add(new TransferFigure(eventId, t.ToUnit.Value == view.UnitId ? "in"
            : "out", t.ToUnit.Value == view.UnitId ? t.FromUnit.Value
            : t.ToUnit.Value, t.Function, t.Lines.Select(l => new TransferLineFigure(l.Name,
            l.FunctionalClass?.Code.Value, Wan(l.Amount))).ToList(), t.BasisDocument)) }),
        BudgetAdjusted a => view.WithYear(a.FiscalYear.Value,
            y => y with { Adjustments = y.Adjustments.Add(new AdjustmentFigure(eventId, a.FunctionalClass.Code.Value,
            a.FunctionalClass.Name, a.Kind.ToString(), a.Kind == AdjustmentKind.Supplement ? Wan(a.Amount)
            : -Wan(a.Amount), a.Reason)) }),
        ProjectAliasRecorded a => view with { Aliases = view.Aliases.Add(new AliasFigure(eventId, a.ProjectName,
            a.Aliases)) },
        EventReversed r => Reversed(view, r.ReversedEventId),
        DocumentImported d => (view with { Name = d.UnitName, Code = d.UnitCode
            ?? view.Code }).WithYear(d.FiscalYear.Value, y => y with { Documents = y.Documents.Add(d.FileName) }),
        UnitRegistered r => view with { Name = r.Name, Code = r.Code },
        BudgetAppropriated a => view.WithYear(a.FiscalYear.Value,
            y => y with { Appropriations = y.Appropriations.Add(new ClassFigure(ClassFigure.Appropriation,
            a.FunctionalClass.Code.Value, a.FunctionalClass.Name, a.FundSource.ToString(),
            a.ExpenditureKind.ToString(), Wan(a.Amount))) }),
        CarryoverBroughtForward c => view.WithYear(c.FiscalYear.Value,
            y => y with { Carryovers = y.Carryovers.Add(new ClassFigure(ClassFigure.Carryover,
            c.FunctionalClass?.Code.Value ?? "", c.FunctionalClass?.Name
            ?? "", c.FundSource.ToString(), c.ExpenditureKind?.ToString(), Wan(c.Amount))) }),
        ExpenditureExecuted x => view.WithYear(x.FiscalYear.Value,
            y => y with { Executions = y.Executions.Add(new ClassFigure(ClassFigure.Execution,
            x.FunctionalClass.Code.Value, x.FunctionalClass.Name, x.FundSource?.ToString(),
            x.ExpenditureKind?.ToString(), Wan(x.Amount))) }),
        BasicExpenditureBudgeted b => view.WithYear(b.FiscalYear.Value,
            y => y with { BasicBudget = y.BasicBudget.Add(new EconomicFigure(b.EconomicClass.Code.Value,
            b.EconomicClass.Name, b.Component.ToString(), Wan(b.Amount), null)) }),
        EconomicExpenditureExecuted x => view.WithYear(x.FiscalYear.Value,
            y => y with { EconomicExecutions = y.EconomicExecutions.Add(new EconomicFigure(x.EconomicClass.Code.Value,
            x.EconomicClass.Name, x.Component.ToString(), WanOrNull(x.Amount), WanOrNull(x.OfWhichBasic))) }),
        ThreePublicExpensesStated t => view.WithYear(t.FiscalYear.Value, y => t.Basis == Basis.Budget
            ? y with { ThreePublicBudget = ThreePublic(t) } : y with { ThreePublicActual = ThreePublic(t) }),
        AgencyOperatingCostsStated a => view.WithYear(a.FiscalYear.Value, y => a.Basis == Basis.Budget
            ? y with { AgencyCostsBudget = Wan(a.Amount) } : y with { AgencyCostsActual = Wan(a.Amount) }),
        ProjectDeclared p => view.WithYear(p.FiscalYear.Value,
            y => y with { Projects = y.Projects.Add(new ProjectFigure(p.ProjectName, p.Funding.ToString(),
            Wan(p.Amount))) }),
        RevenueStated r => view.WithYear(r.FiscalYear.Value, y => y with { Revenue = y.Revenue.SetItem(r.Revenue,
            y.Revenue.GetValueOrDefault(r.Revenue) + Wan(r.Amount)) }),
        SurplusDistributed s => view.WithYear(s.FiscalYear.Value,
            y => y with { SurplusDistributed = (y.SurplusDistributed ?? 0m) + Wan(s.Amount) }),
        YearEndBalanceCarriedForward b => view.WithYear(b.FiscalYear.Value,
            y => y with { YearEndBalance = (y.YearEndBalance ?? 0m) + Wan(b.Amount) }),
        PerformanceSelfEvaluated p => view.WithYear(p.FiscalYear.Value,
            y => y with { Evaluations = y.Evaluations.Add(new EvaluationFigure(p.ProjectName, Wan(p.FullYearBudget),
            Wan(p.Executed), p.ExecutionRatePercent, p.Score, p.Funds, p.Indicators)) }),
        GovernmentProcurementStated g => view.WithYear(g.FiscalYear.Value, y => g.Basis == Basis.Budget
            ? y with { ProcurementBudget = new ProcurementFigures(Wan(g.Goods), Wan(g.Works), Wan(g.Services)) }
            : y with { ProcurementActual = new ProcurementFigures(Wan(g.Goods), Wan(g.Works), Wan(g.Services)) }),
        AssetsStated a => view.WithYear(a.FiscalYear.Value,
            y => y with { Assets = y.Assets.Add(new AssetFigure(a.Item, a.Quantity, WanOrNull(a.Value))) }),
        FunctionalClassesNamed n => view.WithYear(n.FiscalYear.Value,
            y => y with { ClassNames = y.ClassNames.SetItems(n.Classes.Select(c => KeyValuePair.Create(c.Code.Value,
            c.Name))) }),
        PerformanceTargetsDeclared t => view.WithYear(t.FiscalYear.Value,
            y => y with { Targets = y.Targets.Add(new TargetsFigure(t.ProjectName, t.Kind?.ToString(),
            t.TotalFunds?.InYuan, t.AnnualFunds?.InYuan, t.Funds, t.Targets)) }),
        FindingRecorded f => view.WithYear(f.FiscalYear.Value,
            y => y with { Findings = y.Findings.Add(new FindingFigure(f.DocumentSha256, f.Table, f.Line, f.Rule,
            f.Expected, f.Actual)) }),
        TablePublished t => view.WithYear(t.FiscalYear.Value,
            y => y with { PublishedTables = Published(y.PublishedTables, t) }),
        _ => view,
    };

    /// <summary>A table published again (a document re-read) replaces its earlier copy.</summary>
    private static System.Collections.Immutable.ImmutableList<PublishedTableFigure> Published(System.Collections.Immutable.ImmutableList<PublishedTableFigure> tables, TablePublished t) =>
        tables.RemoveAll(p => p.DocumentSha256 == t.DocumentSha256 && p.Ordinal == t.Ordinal)
            .Add(new PublishedTableFigure(t.DocumentSha256, t.Ordinal, t.Title, t.Unit, t.Rows, t.Notes, t.Kind));

    private static UnitView Renamed(UnitView view, UnitRenamed r, Guid eventId)
    {
        var successor = (r.SuccessorId ?? r.UnitId).Value;
        var lineage = view.Lineage.Add(new LineageFigure(eventId, r.UnitId.Value, successor, r.FiscalYear.Value,
            r.OldName, r.NewName));
        return view.UnitId == successor ? view with { Name = r.NewName, Code = r.NewCode
            ?? view.Code, Lineage = lineage } : view with { Lineage = lineage };
    }

    /// <summary>A correction takes a recorded figure out; the reversed event stays in the log.</summary>
    private static UnitView Reversed(UnitView view, Guid id) => view with
    {
        Lineage = view.Lineage.RemoveAll(l => l.EventId == id),
        Aliases = view.Aliases.RemoveAll(a => a.EventId == id),
        Years = view.Years.Any(y => y.Value.Transfers.Any(t => t.EventId == id)
            || y.Value.Adjustments.Any(a => a.EventId == id))
            ? view.Years.SetItems(view.Years.Select(y => KeyValuePair.Create(y.Key,
                y.Value with { Transfers = y.Value.Transfers.RemoveAll(t => t.EventId == id),
                Adjustments = y.Value.Adjustments.RemoveAll(a => a.EventId == id) })))
            : view.Years,
    };

    private static decimal Wan(Amount amount) => amount.To(AmountUnit.TenThousandYuan).Value;

    private static decimal? WanOrNull(Amount? amount) => amount is { } a ? Wan(a) : null;

    private static ThreePublicFigures ThreePublic(ThreePublicExpensesStated t) =>
        new(WanOrNull(t.OverseasTravel), WanOrNull(t.OfficialVehiclePurchase), WanOrNull(t.OfficialVehicleOperation),
            WanOrNull(t.OfficialReception), WanOrNull(t.StatedTotal));
}
