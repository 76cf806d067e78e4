using System.Net;
using BudgetLedger.EventStore.EventStoreDb;
using BudgetLedger.EventStore.EventStoreDb.Cluster;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

public class ConnectionStringTests
{
    [Fact]
    public void An_insecure_single_node_string_reads_as_plain_http2_on_the_default_port()
    {
        var connection = EventStoreDbConnection.Parse("esdb://127.0.0.1?tls=false");

        connection.Address.Should().Be(new Uri("http://127.0.0.1:2113"));
        connection.Tls.Should().BeFalse();
        connection.UserName.Should().BeNull();
        connection.Discovery.Should().BeNull();
    }

    [Fact]
    public void Credentials_tls_and_a_ledger_name_are_read_and_the_password_never_printed()
    {
        var connection =
            EventStoreDbConnection.Parse("esdb://admin:changeit@db.example:2114?tlsVerifyCert=false&ledger=shanxi");

        connection.Address.Should().Be(new Uri("https://db.example:2114"));
        (connection.Tls, connection.VerifyCertificate, connection.UserName, connection.Password, connection.Ledger)
            .Should().Be((true, false, "admin", "changeit", "shanxi"));
        connection.ToString().Should().NotContain("changeit");
    }

    [Fact]
    public void A_discover_string_names_its_gossip_seeds_and_the_node_preference_for_reads()
    {
        var connection = EventStoreDbConnection.Parse(
            "esdb+discover://admin:changeit@h1:2113,h2,10.0.0.3:2115?tls=false&nodePreference=Follower&ledger=shanxi");

        connection.Hosts.Should().Equal(new DnsEndPoint("h1", 2113), new DnsEndPoint("h2", 2113),
            new DnsEndPoint("10.0.0.3", 2115));
        connection.Discovery!.NodePreference.Should().Be(NodePreference.Follower);
        (connection.UserName, connection.Password, connection.Ledger, connection.Tls)
            .Should().Be(("admin", "changeit", "shanxi", false));
        connection.ToString().Should().Be(
            "esdb+discover://admin:***@h1:2113,h2:2113,10.0.0.3:2115?tls=false&nodePreference=follower&ledger=shanxi");
    }

    [Fact]
    public void Several_hosts_after_esdb_are_gossip_seeds_too_and_reads_go_to_the_leader_by_default()
    {
        var connection = EventStoreDbConnection.Parse("esdb://h1:2113,h2:2113?tls=false");

        connection.Hosts.Should().HaveCount(2);
        connection.Discovery.Should().Be(ClusterDiscovery.Default);
        connection.Discovery!.NodePreference.Should().Be(NodePreference.Leader);
    }

    [Fact]
    public void One_seed_named_for_discovery_is_still_a_cluster_and_its_gossip_limits_can_be_set()
    {
        var connection = EventStoreDbConnection.Parse(
            "esdb+discover://cluster.example?maxDiscoverAttempts=5&gossipTimeout=500&nodePreference=random");

        connection.Hosts.Should().Equal(new DnsEndPoint("cluster.example", 2113));
        connection.Discovery.Should().Be(new ClusterDiscovery(NodePreference.Random, 5,
            TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public void An_IPv6_seed_keeps_its_brackets_in_the_address() =>
        EventStoreDbConnection.Parse("esdb+discover://[::1]:2113,[::1]:2114?tls=false")
            .AddressOf(new DnsEndPoint("::1", 2114)).Should().Be(new Uri("http://[::1]:2114"));

    [Theory]
    [InlineData("http://127.0.0.1:2113", "not an EventStoreDB connection string")]
    [InlineData("esdb://127.0.0.1:2113?tls=maybe", "tls must be true or false")]
    [InlineData("esdb://127.0.0.1:2113?keepAlive=5", "'keepAlive' is not supported")]
    [InlineData("esdb://127.0.0.1:2113?ledger=$system", "ledger must be a name")]
    [InlineData("esdb+discover://", "'' is not a host[:port]")]
    [InlineData("esdb+discover://h1:2113,,h3:2113", "'' is not a host[:port]")]
    [InlineData("esdb+discover://h1:2113,h2:port", "'h2:port' is not a host[:port]")]
    [InlineData("esdb+discover://h1:2113/streams", "'h1:2113/streams' is not a host[:port]")]
    [InlineData("esdb+discover://admin@h1:2113", "credentials must be user:password@")]
    [InlineData("esdb+discover://h1,h2?nodePreference=nearest", "nodePreference must be leader, follower or random")]
    [InlineData("esdb+discover://h1,h2?nodePreference=1", "nodePreference must be leader, follower or random")]
    [InlineData("esdb+discover://h1,h2?maxDiscoverAttempts=0", "maxDiscoverAttempts must be a whole number")]
    [InlineData("esdb+discover://h1,h2?gossipTimeout=2s", "gossipTimeout must be a whole number")]
    [InlineData("esdb://h1:2113?nodePreference=follower", "nodePreference applies to a cluster")]
    public void A_string_it_cannot_honour_is_refused_saying_why(string text, string reason) =>
        FluentActions.Invoking(() => EventStoreDbConnection.Parse(text)).Should().Throw<FormatException>()
            .WithMessage($"*{reason}*");
}
