using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>The final accounts' figures: executions, economic detail, revenue, evaluations.</summary>
public static partial class UnitViewProjection
{
    private static YearView Executed(YearView y, ExpenditureExecuted x) => y with
    {
        Executions = y.Executions.Add(new(ClassFigureSource.Execution, x.FunctionalClass.Code.Value,
            x.FunctionalClass.Name, x.FundSource, x.ExpenditureKind, Wan(x.Amount))),
    };

    private static YearView EconomicExecuted(YearView y, EconomicExpenditureExecuted x) => y with
    {
        EconomicExecutions = y.EconomicExecutions.Add(new(x.EconomicClass.Code.Value, x.EconomicClass.Name,
            x.Component, WanOrNull(x.Amount), WanOrNull(x.OfWhichBasic))),
    };

    private static YearView RevenueStated(YearView y, RevenueStated r) =>
        y with { Revenue = y.Revenue.SetItem(r.Revenue, y.Revenue.GetValueOrDefault(r.Revenue) + Wan(r.Amount)) };

    private static YearView Evaluated(YearView y, PerformanceSelfEvaluated p) => y with
    {
        Evaluations = y.Evaluations.Add(new(p.ProjectName, Wan(p.FullYearBudget), Wan(p.Executed),
            p.ExecutionRatePercent, p.Score, p.Funds, p.Indicators)),
    };
}
