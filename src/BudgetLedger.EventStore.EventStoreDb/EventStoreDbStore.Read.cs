using BudgetLedger.EventStore.EventStoreDb.Cluster;
using BudgetLedger.EventStore.EventStoreDb.Protocol;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using Grpc.Core;

namespace BudgetLedger.EventStore.EventStoreDb;

public sealed partial class EventStoreDbStore
{
    public Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        _calls.Run<IReadOnlyList<RecordedEvent>>(forWrites: false, node => ReadStream(node, stream, fromRevision,
            forwards: true, maxCount, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        _calls.Run(forWrites: false, node => ReadStream(node, stream, fromRevision, forwards: false, maxCount,
            cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<RecordedEvent>> ReadWholeStream(Node node, string stream,
        CancellationToken cancellationToken)
    {
        var all = new List<RecordedEvent>();
        while (true)
        {
            var page = await ReadStream(node, stream, all.Count == 0 ? 0 : all[^1].StreamRevision
                + 1, forwards: true, PageSize, cancellationToken);
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }
        }
    }

    private async Task<IReadOnlyList<RecordedEvent>> ReadStream(Node node, string stream, ulong? fromRevision,
        bool forwards, int maxCount, CancellationToken cancellationToken)
    {
        var options = new ReadReq.Types.Options.Types.StreamOptions { StreamIdentifier = Identifier(stream) };
        if (fromRevision is { } revision)
        {
            options.Revision = revision;
        }
        else
        {
            options.End = new Empty();
        }

        return await Read(node, new ReadReq.Types.Options { Stream = options }, forwards, maxCount,
            cancellationToken);
    }

    private async Task<List<RecordedEvent>> Read(Node node, ReadReq.Types.Options options, bool forwards, int maxCount,
        CancellationToken cancellationToken)
    {
        options.ReadDirection = forwards ? ReadReq.Types.Options.Types.ReadDirection.Forwards
            : ReadReq.Types.Options.Types.ReadDirection.Backwards;
        options.Count = (ulong)maxCount;
        if (options.Filter is null)
        {
            options.NoFilter = new Empty();
        }

        options.UuidOption = new ReadReq.Types.Options.Types.UuidOption { String = new Empty() };
        options.ControlOption = new ReadReq.Types.Options.Types.ControlOption { Compatibility = 1 };
        var events = new List<RecordedEvent>();
        using var call = node.Client.Read(new ReadReq { Options = options }, node.Headers,
            cancellationToken: cancellationToken);
        await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            if (response.ContentCase == ReadResp.ContentOneofCase.Event)
            {
                events.Add(ToRecorded(response.Event.Event));
            }
        }

        return events;
    }

    /// <summary>
    /// Reads are filtered to this ledger's streams on the server; anything else here was not written by the ledger.
    /// </summary>
    private RecordedEvent ToRecorded(ReadResp.Types.ReadEvent.Types.RecordedEvent e)
    {
        var name = e.StreamIdentifier.StreamName.ToStringUtf8();
        var position = new GlobalPosition(e.CommitPosition, e.PreparePosition);
        if (!name.StartsWith(_prefix, StringComparison.Ordinal) || name.StartsWith('$')
            || name.AsSpan(_prefix.Length).Contains('/'))
        {
            throw new CorruptStoredEventException(position, $"stream '{name}' is not a stream of this ledger");
        }

        var (recordedAt, hash, metadata) = StoredEnvelope.Unpack(e.CustomMetadata.Span, position, name);
        return new RecordedEvent(name[_prefix.Length..], e.StreamRevision, position, Guid.Parse(e.Id.String),
            e.Metadata["type"], e.Data.ToByteArray(), metadata, recordedAt, hash);
    }
}
