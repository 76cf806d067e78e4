using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// The point of the log an answer or an export was built from: its last position and the log's two digests up to
/// there (as <c>status</c> prints them for the whole log). Anyone holding the log can compute it again.
/// </summary>
public sealed record LogStamp(GlobalPosition? Position, string Digest, string ContentDigest)
{
    /// <summary>
    /// The whole log (from the kept summary where the store keeps one, also for a position at or past its end), or
    /// only the events up to a position (a walk) or, of those, the ones recorded by a time.
    /// </summary>
    public static async Task<LogStamp> Of(IEventStore store, ulong? upTo = null, DateTimeOffset? until = null,
        CancellationToken cancellationToken = default)
    {
        if (until is null)
        {
            return await Kept(store, upTo, cancellationToken)
                ?? await new StampWalk().To(store, upTo ?? ulong.MaxValue, cancellationToken);
        }

        var digest = new LogDigest();
        var content = new ContentDigest();
        GlobalPosition? last = null;
        await foreach (var e in store.ReadAll(4096, cancellationToken))
        {
            if (upTo is { } p && e.Position.Commit > p)
            {
                break;
            }

            if (e.RecordedAt > until)
            {
                continue;
            }

            digest.Add(e.Hash);
            content.Add(e);
            last = e.Position;
        }

        return new LogStamp(last, digest.ToHex(), content.ToHex());
    }

    /// <summary>
    /// From the kept summary, where the store keeps one that holds and it covers the log up to
    /// <paramref name="upTo"/> (null: the whole log); null otherwise.
    /// </summary>
    public static async Task<LogStamp?> Kept(IEventStore store, ulong? upTo = null,
        CancellationToken cancellationToken = default) =>
        store is ILogSummary summaries && await summaries.Summary(cancellationToken) is { } kept
            && kept.TailMismatch() is null && (upTo is null || upTo >= (kept.LastPosition?.Commit ?? 0))
            ? new LogStamp(kept.LastPosition, kept.Digest, kept.ContentDigest)
            : null;

    /// <summary>The position as an entity tag or an export's stamp: its commit number, 0 for no event.</summary>
    public string Tag => (Position?.Commit ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
