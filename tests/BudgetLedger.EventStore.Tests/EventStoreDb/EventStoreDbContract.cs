using BudgetLedger.EventStore.Tests.Contract;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

public sealed class EventStoreDbContract(EventStoreDbStoreFixture fixture)
    : EventStoreContract<EventStoreDbStoreFixture>(fixture), IClassFixture<EventStoreDbStoreFixture>
{
    protected override bool SupportsMultiStreamAppend => false;

    protected override bool SupportsCrossStreamIdCheck => false;

    protected override bool SupportsLedgersSideBySide => true;
}
