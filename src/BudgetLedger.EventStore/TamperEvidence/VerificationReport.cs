using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.TamperEvidence;

public sealed record VerificationReport(long EventsChecked, int Streams, GlobalPosition? LastPosition, string Digest, IReadOnlyDictionary<string, long> EventsByType, VerificationFailure? Failure)
{
    public bool Holds => Failure is null;

    /// <summary>See <see cref="TamperEvidence.ContentDigest"/>: equal on any store holding the same events in the same order.</summary>
    public string ContentDigest { get; init; } = "";
}
