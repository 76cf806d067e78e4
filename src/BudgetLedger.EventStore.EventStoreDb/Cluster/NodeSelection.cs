using System.Net;
using State = BudgetLedger.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace BudgetLedger.EventStore.EventStoreDb.Cluster;

/// <summary>Which member takes writes (the leader) and which serves reads (per the node preference).</summary>
internal static class NodeSelection
{
    public static DnsEndPoint? Leader(IEnumerable<ClusterMember> members) =>
        members.FirstOrDefault(m => m.IsAlive && m.State == State.Leader)?.EndPoint;

    /// <summary>
    /// A live follower (or any live member, for <see cref="NodePreference.Random"/>) chosen at random; the leader when
    /// the preference is the leader or no other member qualifies.
    /// </summary>
    public static DnsEndPoint? ForReads(IEnumerable<ClusterMember> members, NodePreference preference, Random random)
    {
        var serving = members.Where(m => m.IsAlive && m.State is State.Leader or State.Follower
            or State.ReadOnlyReplica).ToList();
        var preferred = preference switch
        {
            NodePreference.Follower => serving.Where(m => m.State == State.Follower).ToList(),
            NodePreference.Random => serving,
            _ => [],
        };
        return preferred.Count > 0 ? preferred[random.Next(preferred.Count)].EndPoint : Leader(serving);
    }
}
