using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.Reading;

/// <summary>
/// A stored event: where it sits (stream revision, log position), what it is, when the store recorded it,
/// and its chain hash (<see cref="TamperEvidence.EventHash"/>).
/// </summary>
public sealed record RecordedEvent(
    string Stream,
    ulong StreamRevision,
    GlobalPosition Position,
    Guid EventId,
    string Type,
    byte[] Data,
    byte[] Metadata,
    DateTimeOffset RecordedAt,
    byte[] Hash);
