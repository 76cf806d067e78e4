using BudgetLedger.Domain.Units;

namespace BudgetLedger.Domain.Events;

/// <summary>
/// A correction: the named event no longer counts. The reversed event stays in the log. <paramref name="Units"/> routes
/// it to the units the reversed event concerns.
/// </summary>
[EventType("EventReversed", 1)]
public sealed record EventReversed(
    Guid ReversedEventId,
    string ReversedEventType,
    string Reason,
    IReadOnlyList<UnitId>? Units = null) : IUnitEvent
{
    public IReadOnlyList<UnitId> ConcernedUnits() => Units ?? [];
}
