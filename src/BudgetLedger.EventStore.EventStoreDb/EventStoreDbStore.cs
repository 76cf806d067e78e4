using System.Net.Http.Headers;
using System.Text;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.EventStoreDb.Protocol;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.TamperEvidence;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace BudgetLedger.EventStore.EventStoreDb;

/// <summary>
/// The store port over EventStoreDB's gRPC Streams service. Ids, type and content type go in the event's
/// system metadata; the ledger's metadata, its recorded time and the per-stream hash in custom metadata
/// (<see cref="StoredEnvelope"/>). Positions are the server's commit/prepare log offsets (ordered, with
/// gaps). EventStoreDB has no atomic append across streams (before KurrentDB 25.1) and no index of event
/// ids across streams: a retried batch is recognised within its stream.
/// </summary>
public sealed class EventStoreDbStore : IEventStore, ILogSubscriptions
{
    private const int PageSize = 512;
    private readonly GrpcChannel _channel;
    private readonly Protocol.Streams.StreamsClient _client;
    private readonly Metadata _headers = [];
    private readonly string _prefix;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string,
        StreamState> _streams = new(StringComparer.Ordinal);

    private EventStoreDbStore(EventStoreDbConnection connection)
    {
        Connection = connection;
        // A server that is away or silent is an error within seconds, never a wait without end.
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            KeepAlivePingDelay = TimeSpan.FromSeconds(5),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(5),
        };
        if (connection.Tls && !connection.VerifyCertificate)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        _channel = GrpcChannel.ForAddress(connection.Address, new GrpcChannelOptions { HttpHandler = handler,
            MaxReceiveMessageSize = 17 * 1024 * 1024 });
        _client = new Protocol.Streams.StreamsClient(_channel);
        if (connection.UserName is not null)
        {
            _headers.Add("authorization", new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.UserName}:{connection.Password}")))
                    .ToString());
        }

        _prefix = connection.Ledger is null ? "" : connection.Ledger + "/";
        var streams = new ReadReq.Types.Options.Types.FilterOptions.Types.Expression();
        if (_prefix.Length > 0)
        {
            streams.Prefix.Add(_prefix);
        }
        else
        {
            // The default ledger's streams: no system stream, and none of a named ledger (NAME/…).
            streams.Regex = "^[^$/][^/]*$";
        }

        _ownStreams = new ReadReq.Types.Options.Types.FilterOptions { StreamIdentifier = streams, Count = new Empty(),
            CheckpointIntervalMultiplier = 1 };
    }

    /// <summary>
    /// $all, filtered on the server to this ledger's streams (or, without a ledger name, to non-system streams).
    /// </summary>
    private readonly ReadReq.Types.Options.Types.FilterOptions _ownStreams;

    public EventStoreDbConnection Connection { get; }

    public StoreCapabilities Capabilities { get; } = new(MultiStreamAppend: false, DensePositions: false);

    public string Description => Connection.ToString();

    public static EventStoreDbStore Connect(string connectionString)
        => new(EventStoreDbConnection.Parse(connectionString));

    /// <summary>Another client (its own channel) to the same server and ledger.</summary>
    public EventStoreDbStore Reconnect() => new(Connection);

    public async Task<AppendResult> Append(string stream, ExpectedRevision expectedRevision,
        IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        AppendValidation.Validate([new StreamAppend(stream, expectedRevision, events)]);
        for (var attempt = 0; ; attempt++)
        {
            var state = await StateOf(stream, cancellationToken);
            if (await Retried(stream, events, state, cancellationToken) is { } already)
            {
                return already;
            }

            if (!expectedRevision.IsSatisfiedBy(state.Revision))
            {
                throw new WrongExpectedRevisionException(stream, expectedRevision, state.Revision);
            }

            // The hash chain needs the head this batch follows: append exactly after it, whatever the caller allowed.
            var result = await TryAppend(stream, state, events, cancellationToken);
            if (result is not null)
            {
                return result;
            }

            _streams.TryRemove(stream, out _);
            if (expectedRevision.IsExact || expectedRevision == ExpectedRevision.NoStream || attempt >= 16)
            {
                var now = await StateOf(stream, cancellationToken);
                return await Retried(stream, events, now, cancellationToken)
                    ?? throw new WrongExpectedRevisionException(stream, expectedRevision, now.Revision);
            }
        }
    }

    /// <summary>
    /// What an append must know of a stream: its head (revision, hash) and the ids it holds. Kept per stream
    /// and trusted while the stream's head is still the one this client last saw; read whole otherwise.
    /// </summary>
    private async Task<StreamState> StateOf(string stream, CancellationToken cancellationToken)
    {
        var head = await ReadStreamBackwards(stream, null, 1, cancellationToken);
        var revision = head.Count == 0 ? (ulong?)null : head[0].StreamRevision;
        if (_streams.TryGetValue(stream, out var known) && known.Revision == revision && (revision is null
            || known.Hash.AsSpan().SequenceEqual(head[0].Hash)))
        {
            return known;
        }

        var state = new StreamState(null, EventHash.Genesis, []);
        foreach (var e in await ReadWholeStream(stream, cancellationToken))
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
    private async Task<AppendResult?> Retried(string stream, IReadOnlyList<EventData> events, StreamState state,
        CancellationToken cancellationToken)
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
            ?? (await ReadStreamForwards(stream, last.Revision, 1, cancellationToken))[0].Position;
        return new AppendResult(stream, last.Revision, position, AlreadyStored: true);
    }

    private static byte[] ContentHash(string type, ReadOnlySpan<byte> data, ReadOnlySpan<byte> metadata) =>
        EventHash.Compute(EventHash.Genesis, "", 0, Guid.Empty, type, data, metadata, DateTimeOffset.UnixEpoch);

    private async Task<AppendResult?> TryAppend(string stream, StreamState state, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken)
    {
        try
        {
            return await SendAppend(stream, state, events, cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw Unavailable(ex);
        }
    }

    private async Task<AppendResult?> SendAppend(string stream, StreamState state, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken)
    {
        var recordedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        using var call = _client.Append(_headers, cancellationToken: cancellationToken);
        var options = new AppendReq.Types.Options { StreamIdentifier = Identifier(stream) };
        if (state.Revision is { } revision)
        {
            options.Revision = revision;
        }
        else
        {
            options.NoStream = new Empty();
        }

        await call.RequestStream.WriteAsync(new AppendReq { Options = options }, cancellationToken);
        var hash = state.Hash;
        var next = state.Revision is { } c ? c + 1 : 0;
        var written = new List<(Guid Id, ulong Revision, byte[] Content)>();
        foreach (var e in events)
        {
            written.Add((e.EventId, next, ContentHash(e.Type, e.Data, e.Metadata)));
            hash = EventHash.Compute(hash, stream, next++, e.EventId, e.Type, e.Data, e.Metadata, recordedAt);
            var message = new AppendReq.Types.ProposedMessage
            {
                Id = new Uuid { String = e.EventId.ToString("D") },
                CustomMetadata = ByteString.CopyFrom(StoredEnvelope.Pack(recordedAt, hash, e.Metadata)),
                Data = ByteString.CopyFrom(e.Data),
            };
            message.Metadata.Add("type", e.Type);
            message.Metadata.Add("content-type", "application/json");
            await call.RequestStream.WriteAsync(new AppendReq { ProposedMessage = message }, cancellationToken);
        }

        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        if (response.ResultCase == AppendResp.ResultOneofCase.WrongExpectedVersion)
        {
            return null;
        }

        var position = response.Success.Position is { } p ? new GlobalPosition(p.CommitPosition, p.PreparePosition)
            : GlobalPosition.Start;
        var ids = new Dictionary<Guid, StoredId>(state.Ids);
        foreach (var (id, at, content) in written)
        {
            ids[id] = new StoredId(at, at == response.Success.CurrentRevision ? position : null, content);
        }

        Remember(stream, new StreamState(response.Success.CurrentRevision, hash, ids));
        return new AppendResult(stream, response.Success.CurrentRevision, position, AlreadyStored: false);
    }

    public Task<IReadOnlyList<AppendResult>> AppendMultiple(IReadOnlyList<StreamAppend> appends,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{Description}: EventStoreDB before KurrentDB 25.1 cannot append to several "
            + "streams atomically");

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        ReadStream(stream, fromRevision, forwards: true, maxCount, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        ReadStream(stream, fromRevision, forwards: false, maxCount, cancellationToken);

    private async Task<IReadOnlyList<RecordedEvent>> ReadWholeStream(string stream, CancellationToken cancellationToken)
    {
        var all = new List<RecordedEvent>();
        while (true)
        {
            var page = await ReadStream(stream, all.Count == 0 ? 0 : all[^1].StreamRevision
                + 1, forwards: true, PageSize, cancellationToken);
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }
        }
    }

    private async Task<IReadOnlyList<RecordedEvent>> ReadStream(string stream, ulong? fromRevision, bool forwards,
        int maxCount, CancellationToken cancellationToken)
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

        return await Read(new ReadReq.Types.Options { Stream = options }, forwards, maxCount, cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount,
        CancellationToken cancellationToken = default) =>
        await ReadAll(after, forwards: true, maxCount, cancellationToken);

    /// <summary>
    /// A server keeps no id for a ledger: its first event stands for it (a server that lost its data has another, or
    /// none).
    /// </summary>
    public async Task<string> LedgerId(CancellationToken cancellationToken = default) =>
        (await ReadAllForwards(null, 1, cancellationToken)) is [var first]
            ? $"esdb:{Convert.ToHexStringLower(first.Hash)}"
            : "esdb:empty";

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount,
        CancellationToken cancellationToken = default) =>
        await ReadAll(before, forwards: false, maxCount, cancellationToken);

    /// <summary>
    /// $all holds the server's own events and other ledgers' too: the server filters it to this ledger's streams, page
    /// by page.
    /// </summary>
    private async Task<IReadOnlyList<RecordedEvent>> ReadAll(GlobalPosition? from, bool forwards, int maxCount,
        CancellationToken cancellationToken)
    {
        var kept = new List<RecordedEvent>();
        var cursor = from;
        while (kept.Count < maxCount)
        {
            var all = new ReadReq.Types.Options.Types.AllOptions();
            if (cursor is { } p)
            {
                all.Position = new ReadReq.Types.Options.Types.Position { CommitPosition = p.Commit,
                    PreparePosition = p.Prepare };
            }
            else if (forwards)
            {
                all.Start = new Empty();
            }
            else
            {
                all.End = new Empty();
            }

            var page = await Read(new ReadReq.Types.Options { All = all, Filter = _ownStreams }, forwards,
                Math.Clamp(maxCount, PageSize, 4096), cancellationToken);
            var fresh = page.Where(e => cursor is not { } c || (forwards ? e.Position > c : e.Position < c)).ToList();
            kept.AddRange(fresh.Take(maxCount - kept.Count));
            if (page.Count < Math.Clamp(maxCount, PageSize, 4096) || fresh.Count == 0)
            {
                break;
            }

            cursor = fresh[^1].Position;
        }

        return kept;
    }

    private async Task<List<RecordedEvent>> Read(ReadReq.Types.Options options, bool forwards, int maxCount,
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
        try
        {
            using var call = _client.Read(new ReadReq { Options = options }, _headers,
                cancellationToken: cancellationToken);
            await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                if (response.ContentCase == ReadResp.ContentOneofCase.Event)
                {
                    events.Add(ToRecorded(response.Event.Event));
                }
            }
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw Unavailable(ex);
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

    /// <summary>
    /// A catch-up subscription to $all (this ledger's streams): the server sends what is there after the checkpoint,
    /// then each new event.
    /// </summary>
    public async IAsyncEnumerable<RecordedEvent> SubscribeToAll(GlobalPosition? after,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var all = new ReadReq.Types.Options.Types.AllOptions();
        if (after is { } p)
        {
            all.Position = new ReadReq.Types.Options.Types.Position { CommitPosition = p.Commit,
                PreparePosition = p.Prepare };
        }
        else
        {
            all.Start = new Empty();
        }

        var filter = _ownStreams.Clone();
        filter.Max = 32;
        var options = new ReadReq.Types.Options
        {
            All = all,
            ReadDirection = ReadReq.Types.Options.Types.ReadDirection.Forwards,
            Subscription = new Empty(),
            Filter = filter,
            UuidOption = new ReadReq.Types.Options.Types.UuidOption { String = new Empty() },
            ControlOption = new ReadReq.Types.Options.Types.ControlOption { Compatibility = 1 },
        };
        using var call = _client.Read(new ReadReq { Options = options }, _headers,
            cancellationToken: cancellationToken);
        var responses = call.ResponseStream;
        while (true)
        {
            try
            {
                if (!await responses.MoveNext(cancellationToken))
                {
                    yield break;
                }
            }
            catch (Exception ex) when (cancellationToken.IsCancellationRequested
                && ex is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
            {
                yield break;
            }
            catch (RpcException ex)
            {
                throw Unavailable(ex);
            }

            if (responses.Current.ContentCase == ReadResp.ContentOneofCase.Event
                && ToRecorded(responses.Current.Event.Event) is var e
                && (after is not { } checkpoint || e.Position > checkpoint))
            {
                yield return e;
            }
        }
    }

    private StoreUnavailableException Unavailable(RpcException ex) => new(ex.StatusCode switch
    {
        StatusCode.Unauthenticated => $"{Description}: the server refused the credentials (give user:password@ in "
            + "the connection string)",
        StatusCode.PermissionDenied => $"{Description}: access denied: the server needs a user allowed to read and "
            + "write these streams (user:password@ in the connection string)",
        StatusCode.Unavailable => $"{Description}: cannot reach the server ({ex.Status.Detail}); is it running, and "
            + "is tls= right for it?",
        _ => $"{Description}: the server answered {ex.StatusCode}: {ex.Status.Detail}",
    }, ex);

    /// <summary>
    /// A '/' in a stream name would file it under a named ledger (NAME/…): refused, so ledgers stay apart.
    /// </summary>
    private StreamIdentifier Identifier(string stream) => stream.Contains('/', StringComparison.Ordinal)
        ? throw new ArgumentException($"'{stream}': a stream name on EventStoreDB has no '/' (it separates a named "
            + "ledger from its streams)", nameof(stream))
        : new() { StreamName = ByteString.CopyFromUtf8(_prefix + stream) };

    private sealed record StreamState(ulong? Revision, byte[] Hash, Dictionary<Guid, StoredId> Ids);

    private sealed record StoredId(ulong Revision, GlobalPosition? Position, byte[] Content);

    public ValueTask DisposeAsync()
    {
        _channel.Dispose();
        return ValueTask.CompletedTask;
    }
}
