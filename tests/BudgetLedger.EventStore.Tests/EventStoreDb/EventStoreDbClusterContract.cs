namespace BudgetLedger.EventStore.Tests.EventStoreDb;

/// <summary>The contract through gossip discovery: writes and reads on the leader the cluster names.</summary>
public sealed class EventStoreDbClusterContract(EventStoreDbClusterFixture fixture)
    : EventStoreDbContractBase<EventStoreDbClusterFixture>(fixture), IClassFixture<EventStoreDbClusterFixture>;
