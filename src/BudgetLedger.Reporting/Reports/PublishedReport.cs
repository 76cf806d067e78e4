using BudgetLedger.Reporting.Rendering;
using BudgetLedger.Domain.Amounts;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Reports;

/// <summary>
/// Every table of a unit's year exactly as its documents printed it: each row's cells in order, with page and line.
/// </summary>
public static class PublishedReport
{
    public static IReadOnlyList<ReportTable> Build(UnitView unit, int year) =>
        unit.Years.TryGetValue(year, out var y)
            ? y.PublishedTables.Select(t => new ReportTable(t.Title, [], t.Rows.Select(r => r.Cells).ToList())
            {
                Unit = t.Unit is { } u ? Amount.UnitSymbol(u) : null,
                RowSources = t.Rows.Select(r => (r.Page, r.Line)).ToList(),
            }).ToList()
            : [];
}
