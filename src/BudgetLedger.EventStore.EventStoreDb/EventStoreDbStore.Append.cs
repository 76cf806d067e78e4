using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.EventStoreDb.Cluster;
using BudgetLedger.EventStore.EventStoreDb.Protocol;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.TamperEvidence;
using Google.Protobuf;

namespace BudgetLedger.EventStore.EventStoreDb;

public sealed partial class EventStoreDbStore
{
    public async Task<AppendResult> Append(string stream, ExpectedRevision expectedRevision,
        IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        AppendValidation.Validate([new StreamAppend(stream, expectedRevision, events)]);
        return await _calls.Run(forWrites: true, node => AppendOn(node, stream, expectedRevision, events,
            cancellationToken), cancellationToken);
    }

    /// <summary>
    /// One try on the leader. Tried again after a lost answer, it finds its batch stored (<see cref="Retried"/>).
    /// </summary>
    private async Task<AppendResult> AppendOn(Node node, string stream, ExpectedRevision expectedRevision,
        IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var state = await StateOf(node, stream, cancellationToken);
            if (await Retried(node, stream, events, state, cancellationToken) is { } already)
            {
                return already;
            }

            if (!expectedRevision.IsSatisfiedBy(state.Revision))
            {
                throw new WrongExpectedRevisionException(stream, expectedRevision, state.Revision);
            }

            // The hash chain needs the head this batch follows: append exactly after it, whatever the caller allowed.
            var result = await SendAppend(node, stream, state, events, cancellationToken);
            if (result is not null)
            {
                return result;
            }

            _streams.TryRemove(stream, out _);
            if (expectedRevision.IsExact || expectedRevision == ExpectedRevision.NoStream || attempt >= 16)
            {
                var now = await StateOf(node, stream, cancellationToken);
                return await Retried(node, stream, events, now, cancellationToken)
                    ?? throw new WrongExpectedRevisionException(stream, expectedRevision, now.Revision);
            }
        }
    }

    private async Task<AppendResult?> SendAppend(Node node, string stream, StreamState state,
        IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        var recordedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        using var call = node.Client.Append(node.Headers, cancellationToken: cancellationToken);
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
}
