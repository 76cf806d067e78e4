using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// Walks the whole log in global order and checks every link: each stream's revisions run 0, 1, 2…,
/// each event's hash is the hash of its predecessor and its own bytes, positions increase (and, where the
/// store numbers them densely, leave no hole). With a digest saved earlier it also catches a rewritten
/// or truncated tail, which no link inside the log can show.
/// </summary>
public sealed class LedgerVerifier(IEventStore store, int pageSize = 4096)
{
    public async Task<VerificationReport> Verify(string? expectedDigest = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var lastHashByStream = new Dictionary<string, (ulong Revision, byte[] Hash)>(StringComparer.Ordinal);
        var digest = new LogDigest();
        var content = new ContentDigest();
        var byType = new SortedDictionary<string, long>(StringComparer.Ordinal);
        GlobalPosition? last = null;
        VerificationFailure? failure = null;

        try
        {
            await foreach (var e in store.ReadAll(pageSize, cancellationToken))
            {
                failure ??= CheckPosition(e, last) ?? CheckLink(e, lastHashByStream);
                lastHashByStream[e.Stream] = (e.StreamRevision, e.Hash);
                byType[e.Type] = byType.GetValueOrDefault(e.Type) + 1;
                digest.Add(e.Hash);
                content.Add(e);
                last = e.Position;
                if (digest.Count % 100_000 == 0)
                {
                    progress?.Report(digest.Count);
                }
            }
        }
        catch (CorruptStoredEventException corrupt)
        {
            // Nothing after an unreadable row can be walked; it is the failure unless an earlier one was found.
            failure ??= new VerificationFailure(corrupt.Position, null, null, null, $"the stored event cannot be read ({corrupt.Reason}): the file was damaged or edited");
        }

        var hex = digest.ToHex();
        if (failure is null && expectedDigest is not null && !string.Equals(hex, expectedDigest.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            failure = new VerificationFailure(null, null, null, null,
                $"the log's digest {hex} differs from the expected {expectedDigest.Trim()}: events were rewritten or removed since that digest was taken");
        }

        return new VerificationReport(digest.Count, lastHashByStream.Count, last, hex, byType, failure) { ContentDigest = content.ToHex() };
    }

    private VerificationFailure? CheckPosition(RecordedEvent e, GlobalPosition? last)
    {
        if (last is { } previous && e.Position <= previous)
        {
            return Fail(e, $"position does not increase (follows {previous})");
        }

        var expected = last is { } p ? p.Commit + 1 : 1;
        return store.Capabilities.DensePositions && e.Position.Commit != expected
            ? Fail(e, $"positions {expected}..{e.Position.Commit - 1} are missing: events vanished from the log")
            : null;
    }

    private static VerificationFailure? CheckLink(RecordedEvent e, Dictionary<string, (ulong Revision, byte[] Hash)> lastHashByStream)
    {
        var hasPrevious = lastHashByStream.TryGetValue(e.Stream, out var previous);
        var expectedRevision = hasPrevious ? previous.Revision + 1 : 0;
        if (e.StreamRevision != expectedRevision)
        {
            return Fail(e, $"stream revision {e.StreamRevision} where {expectedRevision} was due: events vanished from the stream or were moved");
        }

        var computed = EventHash.Compute(hasPrevious ? previous.Hash : EventHash.Genesis, e.Stream, e.StreamRevision, e.EventId, e.Type, e.Data, e.Metadata, e.RecordedAt);
        return computed.AsSpan().SequenceEqual(e.Hash)
            ? null
            : Fail(e, "hash does not match the event's content and its predecessor's hash: the event was altered");
    }

    private static VerificationFailure Fail(RecordedEvent e, string rule) => new(e.Position, e.Stream, e.StreamRevision, e.EventId, rule);
}
