namespace BudgetLedger.Reporting.Page.Charts;

/// <summary>
/// A chart as the page's script draws it (figures in 万元; null is a gap, never zero). With no figures the page says
/// <see cref="NoData"/> instead of drawing.
/// </summary>
public sealed record ChartSpec(string Id, string Title, string Type, bool Stacked, IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Datasets, string NoData)
{
    public bool HasData => Datasets.Any(d => d.Data.Any(v => v is not null));
}

public sealed record ChartSeries(string Label, IReadOnlyList<decimal?> Data);
