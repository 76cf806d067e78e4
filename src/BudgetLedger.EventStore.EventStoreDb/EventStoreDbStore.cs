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
public sealed class EventStoreDbStore : IEventStore
{
    private const int PageSize = 512;
    private readonly GrpcChannel _channel;
    private readonly Protocol.Streams.StreamsClient _client;
    private readonly Metadata _headers = [];
    private readonly string _prefix;

    private EventStoreDbStore(EventStoreDbConnection connection)
    {
        Connection = connection;
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, KeepAlivePingDelay = TimeSpan.FromSeconds(10), KeepAlivePingTimeout = TimeSpan.FromSeconds(10) };
        if (connection.Tls && !connection.VerifyCertificate)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        _channel = GrpcChannel.ForAddress(connection.Address, new GrpcChannelOptions { HttpHandler = handler, MaxReceiveMessageSize = 17 * 1024 * 1024 });
        _client = new Protocol.Streams.StreamsClient(_channel);
        if (connection.UserName is not null)
        {
            _headers.Add("authorization", new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.UserName}:{connection.Password}"))).ToString());
        }

        _prefix = connection.Ledger is null ? "" : connection.Ledger + "/";
    }

    public EventStoreDbConnection Connection { get; }

    public StoreCapabilities Capabilities { get; } = new(MultiStreamAppend: false, DensePositions: false);

    public string Description => Connection.ToString();

    public static EventStoreDbStore Connect(string connectionString) => new(EventStoreDbConnection.Parse(connectionString));

    /// <summary>Another client (its own channel) to the same server and ledger.</summary>
    public EventStoreDbStore Reconnect() => new(Connection);

    public async Task<AppendResult> Append(string stream, ExpectedRevision expectedRevision, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        AppendValidation.Validate([new StreamAppend(stream, expectedRevision, events)]);
        for (var attempt = 0; ; attempt++)
        {
            var stored = await ReadWholeStream(stream, cancellationToken);
            if (Retried(stream, events, stored) is { } already)
            {
                return already;
            }

            var current = stored.Count == 0 ? (ulong?)null : stored[^1].StreamRevision;
            if (!expectedRevision.IsSatisfiedBy(current))
            {
                throw new WrongExpectedRevisionException(stream, expectedRevision, current);
            }

            // The hash chain needs the head this batch follows: append exactly after it, whatever the caller allowed.
            var result = await TryAppend(stream, current, stored.Count == 0 ? EventHash.Genesis : stored[^1].Hash, events, cancellationToken);
            if (result is not null)
            {
                return result;
            }

            if (expectedRevision.IsExact || expectedRevision == ExpectedRevision.NoStream || attempt >= 16)
            {
                var now = await ReadStreamBackwards(stream, null, 1, cancellationToken);
                if (Retried(stream, events, await ReadWholeStream(stream, cancellationToken)) is { } raced)
                {
                    return raced;
                }

                throw new WrongExpectedRevisionException(stream, expectedRevision, now.Count == 0 ? null : now[0].StreamRevision);
            }
        }
    }

    /// <summary>The whole batch already in the stream with the same content: a retry. Part of it, or other content under its ids: a conflict.</summary>
    private static AppendResult? Retried(string stream, IReadOnlyList<EventData> events, IReadOnlyList<RecordedEvent> stored)
    {
        var byId = stored.ToDictionary(e => e.EventId);
        var found = events.Where(e => byId.ContainsKey(e.EventId)).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        foreach (var e in found)
        {
            var s = byId[e.EventId];
            if (!e.SameContentAs(s.Type, s.Data, s.Metadata))
            {
                throw new EventIdConflictException(e.EventId, stream, "already stored with other content");
            }
        }

        if (found.Count != events.Count)
        {
            throw new EventIdConflictException(found[0].EventId, stream, $"{found.Count} of the batch's {events.Count} events are already stored: a batch is stored whole or not at all");
        }

        var last = byId[events[^1].EventId];
        return new AppendResult(stream, last.StreamRevision, last.Position, AlreadyStored: true);
    }

    private async Task<AppendResult?> TryAppend(string stream, ulong? current, byte[] previousHash, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        var recordedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        using var call = _client.Append(_headers, cancellationToken: cancellationToken);
        var options = new AppendReq.Types.Options { StreamIdentifier = Identifier(stream) };
        if (current is { } revision)
        {
            options.Revision = revision;
        }
        else
        {
            options.NoStream = new Empty();
        }

        await call.RequestStream.WriteAsync(new AppendReq { Options = options }, cancellationToken);
        var hash = previousHash;
        var next = current is { } c ? c + 1 : 0;
        foreach (var e in events)
        {
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

        var position = response.Success.Position is { } p ? new GlobalPosition(p.CommitPosition, p.PreparePosition) : GlobalPosition.Start;
        return new AppendResult(stream, response.Success.CurrentRevision, position, AlreadyStored: false);
    }

    public Task<IReadOnlyList<AppendResult>> AppendMultiple(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{Description}: EventStoreDB before KurrentDB 25.1 cannot append to several streams atomically");

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount, CancellationToken cancellationToken = default) =>
        ReadStream(stream, fromRevision, forwards: true, maxCount, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount, CancellationToken cancellationToken = default) =>
        ReadStream(stream, fromRevision, forwards: false, maxCount, cancellationToken);

    private async Task<IReadOnlyList<RecordedEvent>> ReadWholeStream(string stream, CancellationToken cancellationToken)
    {
        var all = new List<RecordedEvent>();
        while (true)
        {
            var page = await ReadStream(stream, all.Count == 0 ? 0 : all[^1].StreamRevision + 1, forwards: true, PageSize, cancellationToken);
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }
        }
    }

    private async Task<IReadOnlyList<RecordedEvent>> ReadStream(string stream, ulong? fromRevision, bool forwards, int maxCount, CancellationToken cancellationToken)
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

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount, CancellationToken cancellationToken = default) =>
        await ReadAll(after, forwards: true, maxCount, cancellationToken);

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount, CancellationToken cancellationToken = default) =>
        await ReadAll(before, forwards: false, maxCount, cancellationToken);

    /// <summary>$all holds the server's own events and other ledgers' too: pages of it are read and only this ledger's events kept.</summary>
    private async Task<IReadOnlyList<RecordedEvent>> ReadAll(GlobalPosition? from, bool forwards, int maxCount, CancellationToken cancellationToken)
    {
        var kept = new List<RecordedEvent>();
        var cursor = from;
        while (kept.Count < maxCount)
        {
            var all = new ReadReq.Types.Options.Types.AllOptions();
            if (cursor is { } p)
            {
                all.Position = new ReadReq.Types.Options.Types.Position { CommitPosition = p.Commit, PreparePosition = p.Prepare };
            }
            else if (forwards)
            {
                all.Start = new Empty();
            }
            else
            {
                all.End = new Empty();
            }

            var page = await Read(new ReadReq.Types.Options { All = all }, forwards, PageSize, cancellationToken, ownOnly: false);
            var fresh = page.Where(e => cursor is not { } c || (forwards ? e.Position > c : e.Position < c)).ToList();
            kept.AddRange(fresh.Where(e => e.Stream is not null).Take(maxCount - kept.Count));
            if (page.Count < PageSize || fresh.Count == 0)
            {
                break;
            }

            cursor = fresh[^1].Position;
        }

        return kept.Where(e => e.Stream is not null).ToList();
    }

    private async Task<List<RecordedEvent>> Read(ReadReq.Types.Options options, bool forwards, int maxCount, CancellationToken cancellationToken, bool ownOnly = true)
    {
        options.ReadDirection = forwards ? ReadReq.Types.Options.Types.ReadDirection.Forwards : ReadReq.Types.Options.Types.ReadDirection.Backwards;
        options.Count = (ulong)maxCount;
        options.NoFilter = new Empty();
        options.UuidOption = new ReadReq.Types.Options.Types.UuidOption { String = new Empty() };
        options.ControlOption = new ReadReq.Types.Options.Types.ControlOption { Compatibility = 1 };
        var events = new List<RecordedEvent>();
        using var call = _client.Read(new ReadReq { Options = options }, _headers, cancellationToken: cancellationToken);
        await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            if (response.ContentCase == ReadResp.ContentOneofCase.Event)
            {
                events.Add(ToRecorded(response.Event.Event, ownOnly));
            }
        }

        return events;
    }

    /// <summary>An event of another ledger or of the server itself comes back with a null stream (the $all reader drops it).</summary>
    private RecordedEvent ToRecorded(ReadResp.Types.ReadEvent.Types.RecordedEvent e, bool ownOnly)
    {
        var name = e.StreamIdentifier.StreamName.ToStringUtf8();
        var position = new GlobalPosition(e.CommitPosition, e.PreparePosition);
        if (!name.StartsWith(_prefix, StringComparison.Ordinal) || name.StartsWith('$') || e.Metadata.GetValueOrDefault("type", "").StartsWith('$'))
        {
            return ownOnly
                ? throw new CorruptStoredEventException(position, $"stream '{name}' is not a stream of this ledger")
                : new RecordedEvent(null!, e.StreamRevision, position, Guid.Empty, "", [], [], default, []);
        }

        var (recordedAt, hash, metadata) = StoredEnvelope.Unpack(e.CustomMetadata.Span, position, name);
        return new RecordedEvent(name[_prefix.Length..], e.StreamRevision, position, Guid.Parse(e.Id.String), e.Metadata["type"], e.Data.ToByteArray(), metadata, recordedAt, hash);
    }

    private StreamIdentifier Identifier(string stream) => new() { StreamName = ByteString.CopyFromUtf8(_prefix + stream) };

    public ValueTask DisposeAsync()
    {
        _channel.Dispose();
        return ValueTask.CompletedTask;
    }
}
