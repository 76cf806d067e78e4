using BudgetLedger.Domain.Units;

namespace BudgetLedger.Domain.Events;

/// <summary>A correction: the named event no longer counts. The reversed event stays in the log. <paramref name="UnitId"/> routes it to the unit it concerns.</summary>
[EventType("EventReversed", 1)]
public sealed record EventReversed(Guid ReversedEventId, string ReversedEventType, string Reason, UnitId? UnitId = null) : IBudgetEvent;
