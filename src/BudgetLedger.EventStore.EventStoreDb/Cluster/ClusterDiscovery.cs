namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>
/// How a cluster is found: the gossip seeds are asked in turn, each within <see cref="GossipTimeout"/>, for at most
/// <see cref="MaxDiscoverAttempts"/> rounds.
/// </summary>
public sealed record ClusterDiscovery(NodePreference NodePreference, int MaxDiscoverAttempts, TimeSpan GossipTimeout)
{
    public static ClusterDiscovery Default { get; } = new(NodePreference.Leader, 3, TimeSpan.FromSeconds(2));
}
