using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>The first place the log does not hold: which event, and which rule it broke.</summary>
public sealed record VerificationFailure(
    GlobalPosition? Position,
    string? Stream,
    ulong? StreamRevision,
    Guid? EventId,
    string Rule)
{
    public override string ToString() =>
        Position is { } p
            ? $"position {p}, stream '{Stream}' revision {StreamRevision}, event {EventId}: {Rule}"
            : Rule;
}
