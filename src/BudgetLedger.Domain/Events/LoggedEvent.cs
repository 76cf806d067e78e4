namespace BudgetLedger.Domain.Events;

/// <summary>
/// An event as the log holds it: its position, id, wire type, when it was recorded, and its metadata bytes.
/// </summary>
public sealed record LoggedEvent(ulong Position, Guid EventId, string Type, DateTimeOffset RecordedAt,
    IBudgetEvent Event, byte[] Metadata);
