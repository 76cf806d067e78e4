using Grpc.Core;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>
/// Runs a call on the writer or reader node; when the node is away or not the leader, asks the cluster again and
/// retries, at most <see cref="INodes.Attempts"/> times with a short pause, then gives up with one error.
/// </summary>
internal sealed class NodeCalls(INodes nodes, string description, bool cluster)
{
    public async Task<T> Run<T>(bool forWrites, Func<Node, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var node = forWrites ? await nodes.Writer(cancellationToken) : await nodes.Reader(cancellationToken);
            try
            {
                return await call(node);
            }
            catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
            {
                await Retry(node, ex, attempt, cancellationToken);
            }
        }
    }

    /// <summary>Returns after a short pause when the failed call may be tried again; throws otherwise.</summary>
    public async Task Retry(Node node, RpcException error, int attempt, CancellationToken cancellationToken)
    {
        var retryable = CallFailure.IsRetryable(error);
        if (retryable)
        {
            nodes.Failed(node, error);
        }

        if (!retryable || attempt >= nodes.Attempts)
        {
            throw Unavailable(node, error, attempt);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(100 << (attempt - 1)), cancellationToken);
    }

    private StoreUnavailableException Unavailable(Node node, RpcException ex, int attempts)
    {
        var where = cluster ? $"{description}: node {HostList.Format(node.EndPoint)}" : description;
        var tries = attempts > 1 ? $" (tried {attempts} times)" : "";
        return new StoreUnavailableException(ex.StatusCode switch
        {
            _ when CallFailure.IsNotLeader(ex) => $"{where}: is not the leader and the cluster named no other{tries}",
            StatusCode.Unauthenticated => $"{where}: the server refused the credentials (give user:password@ in "
                + "the connection string)",
            StatusCode.PermissionDenied => $"{where}: access denied: the server needs a user allowed to read and "
                + "write these streams (user:password@ in the connection string)",
            StatusCode.Unavailable => $"{where}: cannot reach the server ({ex.Status.Detail}){tries}; is it running, "
                + "and is tls= right for it?",
            _ => $"{where}: the server answered {ex.StatusCode}: {ex.Status.Detail}",
        }, ex);
    }
}
