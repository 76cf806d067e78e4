using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// 职能划转: a duty moves from one unit to another with its lines and money. One event, not a two-stream write.
/// </summary>
[EventType("FunctionTransferred", 1)]
public sealed record FunctionTransferred(
    UnitId FromUnit,
    UnitId ToUnit,
    FiscalYear FiscalYear,
    string Function,
    IReadOnlyList<TransferredLine> Lines,
    string? BasisDocument) : IUnitEvent
{
    public IReadOnlyList<UnitId> ConcernedUnits() => [FromUnit, ToUnit];
}
