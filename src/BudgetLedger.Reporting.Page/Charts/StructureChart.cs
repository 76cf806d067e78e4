using BudgetLedger.Domain.Classification;

namespace BudgetLedger.Reporting.Page.Charts;

/// <summary>The budget's structure: each held year's 本年收入 + 上年结转 by functional category (类), stacked.</summary>
internal static class StructureChart
{
    public static ChartSpec Of(UnitYears unit)
    {
        var figures = unit.Held.Select(h => h.Figures.Appropriations.Concat(h.Figures.Carryovers)
            .Where(f => f.Code.Length >= 3).ToList()).ToList();
        var categories = figures.SelectMany(f => f).Select(f => f.Code[..3]).Distinct()
            .Order(StringComparer.Ordinal).ToList();
        var datasets = categories.Select(c => new ChartSeries($"{c} {Name(unit, c)}",
            figures.Select(year => year.Where(f => f.Code.StartsWith(c, StringComparison.Ordinal)).ToList())
                .Select(under => under.Count == 0 ? (decimal?)null : under.Sum(f => f.Amount)).ToList())).ToList();
        return new ChartSpec("structure", "预算结构（按支出功能分类·类）", "bar", Stacked: true,
            unit.Held.Select(h => $"{h.Year}年").ToList(), datasets, "账本中无该单位的预算安排");
    }

    private static string Name(UnitYears unit, string category) =>
        unit.Held.Select(h => h.Figures.ClassNames.GetValueOrDefault(category)).LastOrDefault(n => n is not null)
        ?? FunctionalClass.StandardCategoryName(FunctionalClassCode.Parse(category)) ?? "";
}
