using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.EventStoreDb.Cluster;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.TamperEvidence;

namespace BudgetLedger.EventStore.EventStoreDb;

/// <summary>What an append knows of its stream, and how it recognises its own batch already stored.</summary>
public sealed partial class EventStoreDbStore
{
    /// <summary>
    /// What an append must know of a stream: its head (revision, hash) and the ids it holds. Kept per stream
    /// and trusted while the stream's head is still the one this client last saw; read whole otherwise.
    /// </summary>
    private async Task<StreamState> StateOf(Node node, string stream, CancellationToken cancellationToken)
    {
        var head = await ReadStream(node, stream, null, forwards: false, 1, cancellationToken);
        var revision = head.Count == 0 ? (ulong?)null : head[0].StreamRevision;
        if (_streams.TryGetValue(stream, out var known) && known.Revision == revision && (revision is null
            || known.Hash.AsSpan().SequenceEqual(head[0].Hash)))
        {
            return known;
        }

        var state = new StreamState(null, EventHash.Genesis, []);
        foreach (var e in await ReadWholeStream(node, stream, cancellationToken))
        {
            state.Ids[e.EventId] = new StoredId(e.StreamRevision, e.Position, ContentHash(e.Type, e.Data, e.Metadata));
            state = state with { Revision = e.StreamRevision, Hash = e.Hash };
        }

        Remember(stream, state);
        return state;
    }

    private void Remember(string stream, StreamState state)
    {
        if (_streams.Count >= 4096)
        {
            _streams.Clear();
        }

        _streams[stream] = state;
    }

    /// <summary>
    /// The whole batch already in the stream with the same content: a retry. Part of it, or other content under its
    /// ids: a conflict.
    /// </summary>
    private async Task<AppendResult?> Retried(Node node, string stream, IReadOnlyList<EventData> events,
        StreamState state, CancellationToken cancellationToken)
    {
        var found = events.Where(e => state.Ids.ContainsKey(e.EventId)).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        foreach (var e in found.Where(e => !state.Ids[e.EventId].Content.AsSpan().SequenceEqual(ContentHash(e.Type,
            e.Data, e.Metadata))))
        {
            throw new EventIdConflictException(e.EventId, stream, "already stored with other content");
        }

        if (found.Count != events.Count)
        {
            throw new EventIdConflictException(found[0].EventId, stream, $"{found.Count} of the batch's "
                + $"{events.Count} events are already stored: a batch is stored whole or not at all");
        }

        var last = state.Ids[events[^1].EventId];
        var position = last.Position
            ?? (await ReadStream(node, stream, last.Revision, forwards: true, 1, cancellationToken))[0].Position;
        return new AppendResult(stream, last.Revision, position, AlreadyStored: true);
    }

    private static byte[] ContentHash(string type, ReadOnlySpan<byte> data, ReadOnlySpan<byte> metadata) =>
        EventHash.Compute(EventHash.Genesis, "", 0, Guid.Empty, type, data, metadata, DateTimeOffset.UnixEpoch);
}
