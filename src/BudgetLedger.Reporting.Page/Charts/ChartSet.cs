using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Page.Charts;

/// <summary>The page's four charts, in the order it shows them.</summary>
public static class ChartSet
{
    public static IReadOnlyList<ChartSpec> Of(UnitYears unit, IReadOnlyList<VarianceView> variances) =>
    [
        StructureChart.Of(unit),
        TotalsChart.Of(unit, variances),
        ThreePublicChart.Of(unit),
        ExecutionChart.Of(unit),
    ];
}
