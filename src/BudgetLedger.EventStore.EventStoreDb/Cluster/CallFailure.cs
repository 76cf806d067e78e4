using System.Globalization;
using System.Net;
using Grpc.Core;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>
/// What a failed call says about the cluster. A node that is not the leader answers a call that requires one with
/// NotFound and the trailers <c>exception: not-leader</c>, <c>leader-endpoint-host</c>, <c>leader-endpoint-port</c>.
/// </summary>
internal static class CallFailure
{
    public static bool IsNotLeader(RpcException error) => error.Trailers.GetValue("exception") == "not-leader";

    /// <summary>A node away or not (or no longer) the leader: worth asking the cluster again.</summary>
    public static bool IsRetryable(RpcException error) =>
        error.StatusCode == StatusCode.Unavailable || IsNotLeader(error);

    public static DnsEndPoint? LeaderOf(RpcException error) =>
        IsNotLeader(error) && error.Trailers.GetValue("leader-endpoint-host") is { Length: > 0 } host
            && int.TryParse(error.Trailers.GetValue("leader-endpoint-port"), NumberStyles.None,
                CultureInfo.InvariantCulture, out var port)
            ? new DnsEndPoint(host, port)
            : null;
}
