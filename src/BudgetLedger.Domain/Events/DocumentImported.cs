using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>A disclosure was read into the ledger; the events it produced cite its SHA-256.</summary>
[EventType("DocumentImported", 1)]
public sealed record DocumentImported(
    string DocumentSha256,
    string FileName,
    DocumentKind Kind,
    UnitId UnitId,
    string UnitName,
    string? UnitCode,
    FiscalYear FiscalYear,
    string Title,
    int TableCount,
    int EventCount) : ISingleUnitEvent;
