using BudgetLedger.EventStore.Tests.Contract;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

/// <summary>What EventStoreDB lacks, switched off for a node and a cluster alike.</summary>
public abstract class EventStoreDbContractBase<TFixture>(TFixture fixture) : EventStoreContract<TFixture>(fixture)
    where TFixture : EventStoreDbFixture
{
    protected override bool SupportsMultiStreamAppend => false;

    protected override bool SupportsCrossStreamIdCheck => false;

    protected override bool SupportsLedgersSideBySide => true;
}

public sealed class EventStoreDbContract(EventStoreDbStoreFixture fixture)
    : EventStoreDbContractBase<EventStoreDbStoreFixture>(fixture), IClassFixture<EventStoreDbStoreFixture>;
