using System.Net;
using BudgetLedger.EventStore.EventStoreDb.Cluster;
using State = BudgetLedger.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

public class NodeSelectionTests
{
    private static readonly ClusterMember Leader = Member(State.Leader, 1);
    private static readonly ClusterMember Follower = Member(State.Follower, 2);
    private static readonly ClusterMember DeadFollower = Member(State.Follower, 3) with { IsAlive = false };
    private static readonly ClusterMember CatchingUp = Member(State.CatchingUp, 4);

    private static ClusterMember Member(State state, int n) => new(state, true, new DnsEndPoint("127.0.0.1", 2120 + n));

    [Fact]
    public void Writes_go_to_the_live_leader_whatever_the_preference() =>
        NodeSelection.Leader([Follower, Leader, CatchingUp]).Should().Be(Leader.EndPoint);

    [Fact]
    public void A_cluster_between_leaders_offers_no_node_for_writes() =>
        NodeSelection.Leader([Follower, CatchingUp, Leader with { IsAlive = false }]).Should().BeNull();

    [Fact]
    public void The_follower_preference_reads_from_a_live_follower_never_a_dead_or_catching_up_one()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            NodeSelection.ForReads([Leader, DeadFollower, CatchingUp, Follower], NodePreference.Follower,
                new Random(seed)).Should().Be(Follower.EndPoint);
        }
    }

    [Fact]
    public void Without_a_live_follower_the_follower_preference_reads_from_the_leader() =>
        NodeSelection.ForReads([Leader, DeadFollower], NodePreference.Follower, new Random(1))
            .Should().Be(Leader.EndPoint);

    [Fact]
    public void The_leader_preference_reads_from_the_leader() =>
        NodeSelection.ForReads([Follower, Leader], NodePreference.Leader, new Random(1)).Should().Be(Leader.EndPoint);

    [Fact]
    public void The_random_preference_reads_from_any_serving_member()
    {
        var picked = Enumerable.Range(0, 50).Select(seed => NodeSelection.ForReads([Leader, Follower, CatchingUp],
            NodePreference.Random, new Random(seed))).ToHashSet();

        picked.Should().BeEquivalentTo([Leader.EndPoint, Follower.EndPoint]);
    }
}
