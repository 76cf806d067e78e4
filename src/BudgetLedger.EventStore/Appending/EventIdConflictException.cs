namespace BudgetLedger.EventStore.Appending;

/// <summary>An event id is already stored with other content (or in another stream). Nothing was written.</summary>
public sealed class EventIdConflictException(Guid eventId, string stream, string reason)
    : Exception($"event {eventId} in stream '{stream}': {reason}; nothing was written")
{
    public Guid EventId { get; } = eventId;

    public string Stream { get; } = stream;
}
