using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.TamperEvidence;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Projections.Log;

/// <summary>
/// What <c>status</c> shows: events, documents, streams, last position, digests, events by type, and whether the
/// log's last event is the one the kept summary names.
/// </summary>
public static class LedgerStatus
{
    private static readonly string DocumentImportedType = EventTypeMap.Default.NameOf(typeof(DocumentImported));

    /// <summary>From the summary the store keeps where it keeps one (constant time), else by walking the log.</summary>
    public static async Task<(JObject Status, bool Holds)> Read(IEventStore store, CancellationToken cancellationToken)
        => store is ILogSummary summaries && await summaries.Summary(cancellationToken) is { } kept
            ? FromSummary(store, kept)
            : await FromWalk(store, cancellationToken);

    private static (JObject Status, bool Holds) FromSummary(IEventStore store, LogSummary kept)
    {
        var mismatch = kept.TailMismatch();
        var chain = mismatch is null ? "tail matches the kept digest (verify walks the whole log)"
            : $"FAILED: {mismatch}: run `budget-ledger verify`";
        return (Status(store, kept.Events, kept.EventsByType, kept.Streams, kept.LastPosition, kept.Digest,
            kept.ContentDigest, chain), mismatch is null);
    }

    /// <summary>A store that keeps no summary (a server, a ledger file made before it, opened read-only).</summary>
    private static async Task<(JObject Status, bool Holds)> FromWalk(IEventStore store, CancellationToken cancel)
    {
        var report = await new LedgerVerifier(store).Verify(cancellationToken: cancel);
        return (Status(store, report.EventsChecked, report.EventsByType, report.Streams, report.LastPosition,
            report.Digest, report.ContentDigest, report.Holds ? "holds" : report.Failure!.ToString()), report.Holds);
    }

    private static JObject Status(IEventStore store, long events, IReadOnlyDictionary<string, long> byType,
        int streams, GlobalPosition? position, string digest, string content, string chain) => new()
    {
        ["store"] = store.Description,
        ["events"] = events,
        ["documents"] = byType.GetValueOrDefault(DocumentImportedType),
        ["streams"] = streams,
        ["position"] = position?.ToString(),
        ["digest"] = digest,
        ["content"] = content,
        ["chain"] = chain,
        ["eventsByType"] = JObject.FromObject(byType),
    };
}
