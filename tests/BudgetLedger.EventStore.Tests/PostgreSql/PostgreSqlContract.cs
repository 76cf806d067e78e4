using BudgetLedger.EventStore.Tests.Contract;

namespace BudgetLedger.EventStore.Tests.PostgreSql;

public sealed class PostgreSqlContract(PostgreSqlStoreFixture fixture)
    : EventStoreContract<PostgreSqlStoreFixture>(fixture), IClassFixture<PostgreSqlStoreFixture>
{
    protected override bool SupportsLedgersSideBySide => true;
}
