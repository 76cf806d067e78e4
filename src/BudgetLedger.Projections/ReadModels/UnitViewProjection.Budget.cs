using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>The budget's figures: appropriations, carryovers, basic expenditure, 三公, agency costs, projects.</summary>
public static partial class UnitViewProjection
{
    private static YearView Appropriated(YearView y, BudgetAppropriated a) => y with
    {
        Appropriations = y.Appropriations.Add(new(ClassFigureSource.Appropriation, a.FunctionalClass.Code.Value,
            a.FunctionalClass.Name, a.FundSource, a.ExpenditureKind, Wan(a.Amount))),
    };

    private static YearView CarriedOver(YearView y, CarryoverBroughtForward c) => y with
    {
        Carryovers = y.Carryovers.Add(new(ClassFigureSource.Carryover, c.FunctionalClass?.Code.Value ?? "",
            c.FunctionalClass?.Name ?? "", c.FundSource, c.ExpenditureKind, Wan(c.Amount))),
    };

    private static YearView BasicBudgeted(YearView y, BasicExpenditureBudgeted b) => y with
    {
        BasicBudget = y.BasicBudget.Add(new(b.EconomicClass.Code.Value, b.EconomicClass.Name, b.Component,
            Wan(b.Amount), null)),
    };

    private static YearView ThreePublicStated(YearView y, ThreePublicExpensesStated t)
    {
        var figures = new ThreePublicFigures(WanOrNull(t.OverseasTravel), WanOrNull(t.OfficialVehiclePurchase),
            WanOrNull(t.OfficialVehicleOperation), WanOrNull(t.OfficialReception), WanOrNull(t.StatedTotal));
        return t.Basis == Basis.Budget ? y with { ThreePublicBudget = figures }
            : y with { ThreePublicActual = figures };
    }

    private static YearView AgencyCostsStated(YearView y, AgencyOperatingCostsStated a) => a.Basis == Basis.Budget
        ? y with { AgencyCostsBudget = Wan(a.Amount) } : y with { AgencyCostsActual = Wan(a.Amount) };

    private static YearView Declared(YearView y, ProjectDeclared p) =>
        y with { Projects = y.Projects.Add(new(p.ProjectName, p.Funding, Wan(p.Amount))) };

    private static YearView TargetsDeclared(YearView y, PerformanceTargetsDeclared t) => y with
    {
        Targets = y.Targets.Add(new(t.ProjectName, t.Kind, t.TotalFunds?.InYuan, t.AnnualFunds?.InYuan, t.Funds,
            t.Targets)),
    };

    private static YearView ProcurementStated(YearView y, GovernmentProcurementStated g)
    {
        var figures = new ProcurementFigures(Wan(g.Goods), Wan(g.Works), Wan(g.Services));
        return g.Basis == Basis.Budget ? y with { ProcurementBudget = figures }
            : y with { ProcurementActual = figures };
    }
}
