namespace BudgetLedger.EventStore.Tests.EventStoreDb;

/// <summary>An EventStoreDB cluster named by its gossip seeds in $BUDGET_LEDGER_ESDB_CLUSTER.</summary>
public sealed class EventStoreDbClusterFixture()
    : EventStoreDbFixture(Variable, "esdb+discover://127.0.0.1:2121,127.0.0.1:2122,127.0.0.1:2123?tls=false")
{
    public const string Variable = "BUDGET_LEDGER_ESDB_CLUSTER";
}
