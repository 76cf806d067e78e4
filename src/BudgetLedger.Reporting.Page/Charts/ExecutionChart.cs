using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Page.Charts;

/// <summary>
/// Budget against execution, for each year whose final accounts are held: the year's spending against its budget
/// (where that year's budget is held too), “三公”经费 against their budget, and each self-evaluated project's
/// 全年预算数 against 全年执行数.
/// </summary>
internal static class ExecutionChart
{
    public static ChartSpec Of(UnitYears unit)
    {
        var bars = unit.Held.Where(h => h.Figures.Executions.Count > 0).SelectMany(h =>
        {
            var y = h.Figures;
            var rows = new List<(string Label, decimal? Budget, decimal? Executed)>
            {
                ($"{h.Year}年 支出合计", h.HasBudget ? VarianceAnalysis.BudgetTotal(y) : null,
                    y.Executions.Sum(e => e.Amount)),
            };
            if (y.ThreePublicActual is { } actual)
            {
                rows.Add(($"{h.Year}年 “三公”经费", y.ThreePublicBudget?.Total, actual.Total));
            }

            rows.AddRange(y.Evaluations.Select(e => ($"{h.Year}年 {e.Project}", (decimal?)e.FullYearBudget,
                (decimal?)e.Executed)));
            return rows;
        }).ToList();
        return new ChartSpec("execution", "预算与执行（决算）", "bar", Stacked: false, bars.Select(b => b.Label).ToList(),
            bars.Count == 0 ? [] :
            [
                new ChartSeries("预算数", bars.Select(b => b.Budget).ToList()),
                new ChartSeries("执行数（决算）", bars.Select(b => b.Executed).ToList()),
            ],
            "账本中无该单位的决算，无从对照预算与执行");
    }
}
