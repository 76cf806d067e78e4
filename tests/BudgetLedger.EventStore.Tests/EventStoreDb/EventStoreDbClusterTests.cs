using System.Net;
using BudgetLedger.EventStore.EventStoreDb;
using BudgetLedger.EventStore.EventStoreDb.Cluster;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.Tests.Contract;
using State = BudgetLedger.EventStore.EventStoreDb.Protocol.MemberInfo.Types.VNodeState;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

/// <summary>
/// Discovery against the real cluster named by $BUDGET_LEDGER_ESDB_CLUSTER (an esdb+discover:// string): the
/// leader and followers are read from the cluster's own gossip, and checked against where the store sends its calls.
/// </summary>
public sealed class EventStoreDbClusterTests(EventStoreDbClusterFixture fixture)
    : IClassFixture<EventStoreDbClusterFixture>
{
    private readonly string _ledger = $"test-{Guid.NewGuid():N}";

    private EventStoreDbConnection Cluster => EventStoreDbConnection.Parse(fixture.Endpoint!);

    private EventStoreDbStore Connect(string settings) => EventStoreDbStore.Connect(
        EventStoreDbConnection.WithLedger(fixture.Endpoint!, _ledger) + settings);

    private async Task<IReadOnlyList<ClusterMember>> Gossip()
    {
        using var channels = new NodeChannels(Cluster);
        return await GossipReader.Read(channels.For(Cluster.Hosts[0]), channels.Headers(false),
            TimeSpan.FromSeconds(5), CancellationToken.None);
    }

    [SkippableFact]
    public async Task Writes_land_on_the_leader_and_follower_reads_see_them()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var members = await Gossip();
        var leader = members.Single(m => m.IsAlive && m.State == State.Leader).EndPoint;
        await using var store = Connect("&nodePreference=follower");
        var events = TestEvents.Lines(3);

        await store.Append("unit-a", ExpectedRevision.NoStream, events);

        (await store.Nodes.Writer(default)).EndPoint.Should().Be(leader);
        var reader = (await store.Nodes.Reader(default)).EndPoint;
        members.Single(m => m.EndPoint.Equals(reader)).State.Should().Be(State.Follower);
        await using var onLeader = EventStoreDbStore.Connect($"esdb://{HostList.Format(leader)}?tls=false"
            + $"&ledger={_ledger}");
        (await onLeader.ReadStreamForwards("unit-a", 0, 10)).Select(e => e.EventId)
            .Should().Equal(events.Select(e => e.EventId));
        (await Eventually(() => store.ReadStreamForwards("unit-a", 0, 10), r => r.Count == 3))
            .Select(e => e.EventId).Should().Equal(events.Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task A_write_sent_to_a_follower_goes_to_the_leader_the_follower_names()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var members = await Gossip();
        var leader = members.Single(m => m.IsAlive && m.State == State.Leader).EndPoint;
        var follower = members.First(m => m.IsAlive && m.State == State.Follower).EndPoint;
        await using var store = Connect("");
        // As if the leader had moved to the follower since discovery: the store's next write goes there.
        store.Nodes.Failed(await store.Nodes.Writer(default), NotLeaderAnswer.Naming(follower));
        (await store.Nodes.Writer(default)).EndPoint.Should().Be(follower);

        var result = await store.Append("unit-b", ExpectedRevision.NoStream, TestEvents.Lines(2));

        result.LastRevision.Should().Be(1);
        (await store.Nodes.Writer(default)).EndPoint.Should().Be(leader);
        (await store.ReadStreamForwards("unit-b", 0, 10)).Should().HaveCount(2);
    }

    [SkippableFact]
    public async Task A_dead_first_seed_is_passed_over()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var seeds = string.Join(',', Cluster.Hosts.Select(HostList.Format).Prepend("127.0.0.1:1"));
        await using var store = EventStoreDbStore.Connect($"esdb+discover://{seeds}?tls=false&gossipTimeout=500"
            + $"&ledger={_ledger}");

        await store.Append("unit-c", ExpectedRevision.NoStream, TestEvents.Lines(1));

        (await store.ReadStreamForwards("unit-c", 0, 10)).Should().ContainSingle();
    }

    /// <summary>A follower applies what the leader committed a moment later.</summary>
    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
