using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// A unit takes a new name (and perhaps code) and keeps its identity: 工伤中心 → 数据中心. Where the ledger
/// already holds the renamed body under another id (a document that printed only the new name),
/// <paramref name="SuccessorId"/> names it: the two ids are one body, before and after <paramref name="FiscalYear"/>.
/// </summary>
[EventType("UnitRenamed", 1)]
public sealed record UnitRenamed(
    UnitId UnitId,
    string OldName,
    string NewName,
    string? NewCode,
    FiscalYear FiscalYear,
    string? BasisDocument,
    UnitId? SuccessorId = null) : IUnitEvent
{
    public IReadOnlyList<UnitId> ConcernedUnits() =>
        SuccessorId is { } successor && successor != UnitId ? [UnitId, successor] : [UnitId];
}
