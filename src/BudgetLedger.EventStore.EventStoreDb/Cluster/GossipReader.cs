using System.Net;
using BudgetLedger.EventStore.EventStoreDb.Protocol;
using Grpc.Core;
using Grpc.Net.Client;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>Asks one node's Gossip service for the cluster's members, within a deadline.</summary>
internal static class GossipReader
{
    public static async Task<IReadOnlyList<ClusterMember>> Read(GrpcChannel channel, Metadata headers,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var info = await new Gossip.GossipClient(channel).ReadAsync(new Empty(), headers,
            DateTime.UtcNow + timeout, cancellationToken);
        return info.Members.Where(m => m.HttpEndPoint is not null)
            .Select(m => new ClusterMember(m.State, m.IsAlive,
                new DnsEndPoint(m.HttpEndPoint.Address, (int)m.HttpEndPoint.Port)))
            .ToList();
    }
}
