using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Tables;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// A table exactly as the document printed it, whether or not an importer interprets it: its title, the unit
/// its figures are in (null where it states none), every row's cells as printed (header rows included) with
/// the row's line and page, and the notes under it. Nothing printed is dropped. <paramref name="Kind"/> is the
/// national table it was recognised as, or null: kept as printed, not interpreted.
/// </summary>
[EventType("TablePublished", 1)]
public sealed record TablePublished(
    UnitId UnitId,
    FiscalYear FiscalYear,
    string DocumentSha256,
    int Ordinal,
    string Title,
    int TitleLine,
    AmountUnit? Unit,
    IReadOnlyList<PublishedRow> Rows,
    IReadOnlyList<string> Notes,
    TableKind? Kind = null) : ISingleUnitEvent;

/// <summary>
/// One printed row: its line in the document (as the file numbers it), its page, and its cells in order.
/// </summary>
public sealed record PublishedRow(int Line, int Page, IReadOnlyList<string> Cells);
