using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Page.Charts;

/// <summary>
/// The budget total year by year, from the first held year to the last: disclosed, or derived from a later
/// document's statement of the change (a bar of its own colour); a year with neither is a gap.
/// </summary>
internal static class TotalsChart
{
    public static ChartSpec Of(UnitYears unit, IReadOnlyList<VarianceView> variances)
    {
        var disclosed = unit.Held.Where(h => h.HasBudget)
            .ToDictionary(h => h.Year, h => VarianceAnalysis.BudgetTotal(h.Figures));
        var derived = variances.Select(v => v.From).Where(t => t.Status == "derived" && t.Total is not null)
            .GroupBy(t => t.Year).ToDictionary(g => g.Key, g => g.First().Total);
        var years = disclosed.Keys.Concat(derived.Keys).ToList();
        var span = years.Count == 0 ? [] : Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).ToList();
        return new ChartSpec("totals", "预算收支总计（逐年）", "bar", Stacked: true,
            span.Select(y => $"{y}年").ToList(),
            [
                new ChartSeries("公开数", span.Select(y => disclosed.TryGetValue(y, out var t) ? t : (decimal?)null)
                    .ToList()),
                new ChartSeries("推算数（据下年情况说明）", span.Select(y => derived.GetValueOrDefault(y)).ToList()),
            ],
            "账本中无该单位的预算总计");
    }
}
