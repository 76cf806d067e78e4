using BudgetLedger.EventStore;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Reporting.Page.Charts;
using BudgetLedger.Reporting.Page.Html;
using BudgetLedger.Reporting.Page.Sections;

namespace BudgetLedger.Reporting.Page;

/// <summary>
/// One self-contained HTML page for a unit across all its years in the ledger (its former and later names included):
/// charts, the variance between held years, its projects traced, the tables as published and the findings. The page
/// needs no network: Chart.js, the drawing script and the style are inline.
/// </summary>
public static class UnitPage
{
    public static async Task<string> Render(IEventReader ledger, ReadModelStore store, UnitView view,
        CancellationToken cancellationToken = default)
    {
        var unit = await UnitYears.Read(ledger, store, view, cancellationToken);
        var variances = unit.VariancePairs(store.Years())
            .Select(p => Variance.VarianceAnalysis.Build(view.UnitId, p.From, p.To, store.Unit)).ToList();
        var page = new PageWriter(unit.Name);
        page.Raw(HeaderSection.Write(unit, store.Checkpoint()));
        page.Raw(ChartsSection.Write(ChartSet.Of(unit, variances)));
        page.Raw(VarianceSection.Write(variances));
        page.Raw(PublishedSection.Write(unit));
        page.Raw(TraceSection.Write(ProjectTraces.Of(store, unit)));
        page.Raw(FindingsSection.Write(unit));
        return page.Finish();
    }
}
