using BudgetLedger.EventStore.EventStoreDb.Protocol;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using Grpc.Core;

namespace BudgetLedger.EventStore.EventStoreDb;

public sealed partial class EventStoreDbStore
{
    /// <summary>
    /// A catch-up subscription to $all (this ledger's streams): the server sends what is there after the checkpoint,
    /// then each new event. On a cluster, a subscription whose node goes away is taken up again on another, after
    /// the last event it delivered.
    /// </summary>
    public async IAsyncEnumerable<RecordedEvent> SubscribeToAll(GlobalPosition? after,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var node = await _nodes.Reader(cancellationToken);
            using var call = node.Client.Read(new ReadReq { Options = Subscription(after) }, node.Headers,
                cancellationToken: cancellationToken);
            var responses = call.ResponseStream;
            while (true)
            {
                RpcException? failure = null;
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
                    failure = ex;
                }

                if (failure is not null)
                {
                    await _calls.Retry(node, failure, attempt, cancellationToken);
                    break;
                }

                if (responses.Current.ContentCase == ReadResp.ContentOneofCase.Event
                    && ToRecorded(responses.Current.Event.Event) is var e
                    && (after is not { } checkpoint || e.Position > checkpoint))
                {
                    (after, attempt) = (e.Position, 1);
                    yield return e;
                }
            }
        }
    }

    private ReadReq.Types.Options Subscription(GlobalPosition? after)
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
        return new ReadReq.Types.Options
        {
            All = all,
            ReadDirection = ReadReq.Types.Options.Types.ReadDirection.Forwards,
            Subscription = new Empty(),
            Filter = filter,
            UuidOption = new ReadReq.Types.Options.Types.UuidOption { String = new Empty() },
            ControlOption = new ReadReq.Types.Options.Types.ControlOption { Compatibility = 1 },
        };
    }
}
