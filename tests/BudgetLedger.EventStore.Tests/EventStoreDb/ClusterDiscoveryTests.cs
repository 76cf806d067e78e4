using BudgetLedger.EventStore.EventStoreDb;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

public class ClusterDiscoveryTests
{
    [Fact]
    public async Task A_cluster_none_of_whose_seeds_answers_is_one_clear_error_naming_the_seeds()
    {
        await using var store = EventStoreDbStore.Connect(
            "esdb+discover://127.0.0.1:1,127.0.0.1:9?tls=false&gossipTimeout=200&maxDiscoverAttempts=2");

        var failure = await FluentActions.Awaiting(() => store.ReadAllForwards(null, 10))
            .Should().ThrowAsync<StoreUnavailableException>();

        failure.WithMessage("*no node to read from found through gossip in 2 rounds over the seeds "
            + "127.0.0.1:1, 127.0.0.1:9 (127.0.0.1:1: Unavailable*; 127.0.0.1:9: Unavailable*");
    }
}
