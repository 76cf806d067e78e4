namespace BudgetLedger.EventStore.Tests.EventStoreDb;

/// <summary>One EventStoreDB node named by $BUDGET_LEDGER_ESDB.</summary>
public sealed class EventStoreDbStoreFixture() : EventStoreDbFixture(Variable, "esdb://127.0.0.1:2113?tls=false")
{
    public const string Variable = "BUDGET_LEDGER_ESDB";
}
