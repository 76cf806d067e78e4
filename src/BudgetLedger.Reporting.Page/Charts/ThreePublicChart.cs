using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Page.Charts;

/// <summary>“三公”经费 by item: each held year's budget and, where final accounts state it, the actual.</summary>
internal static class ThreePublicChart
{
    private static readonly (string Label, Func<ThreePublicFigures, decimal?> Value)[] Items =
    [
        ("因公出国（境）费", t => t.OverseasTravel),
        ("公务用车购置费", t => t.VehiclePurchase),
        ("公务用车运行维护费", t => t.VehicleOperation),
        ("公务接待费", t => t.Reception),
    ];

    public static ChartSpec Of(UnitYears unit)
    {
        var series = unit.Held.SelectMany(h => new[]
        {
            (Label: $"{h.Year}年预算", Figures: h.Figures.ThreePublicBudget),
            (Label: $"{h.Year}年决算", Figures: h.Figures.ThreePublicActual),
        }).Where(s => s.Figures is not null)
            .Select(s => new ChartSeries(s.Label, Items.Select(i => i.Value(s.Figures!)).ToList())).ToList();
        return new ChartSpec("three-public", "“三公”经费（按项目）", "bar", Stacked: false,
            Items.Select(i => i.Label).ToList(), series, "账本中无该单位的“三公”经费数");
    }
}
