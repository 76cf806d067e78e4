using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.TamperEvidence;

public sealed record VerificationReport(
    long EventsChecked,
    int Streams,
    GlobalPosition? LastPosition,
    string Digest,
    IReadOnlyDictionary<string, long> EventsByType,
    VerificationFailure? Failure)
{
    public bool Holds => Failure is null;

    /// <summary>
    /// See <see cref="TamperEvidence.ContentDigest"/>: equal on any store holding the same events in the same order.
    /// </summary>
    public string ContentDigest { get; init; } = "";

    /// <summary>The store keeps a summary of its log (<see cref="ILogSummary"/>), compared with this walk.</summary>
    public bool SummaryKept { get; init; }

    /// <summary>Where the kept summary and this walk disagree, one line each.</summary>
    public IReadOnlyList<string> SummaryDifferences { get; init; } = [];
}
