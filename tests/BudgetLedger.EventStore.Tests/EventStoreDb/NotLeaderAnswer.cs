using System.Globalization;
using System.Net;
using Grpc.Core;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

/// <summary>A node's "not leader" answer as EventStoreDB sends it: NotFound, with the leader in the trailers.</summary>
internal static class NotLeaderAnswer
{
    public static RpcException Naming(DnsEndPoint leader) => Naming(leader.Host,
        leader.Port.ToString(CultureInfo.InvariantCulture));

    public static RpcException Naming(string host, string port) =>
        new(new Status(StatusCode.NotFound, "Leader info available"), new Metadata
        {
            { "exception", "not-leader" }, { "leader-endpoint-host", host }, { "leader-endpoint-port", port },
        });
}
