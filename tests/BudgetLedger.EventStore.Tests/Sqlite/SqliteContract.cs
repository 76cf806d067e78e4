using BudgetLedger.EventStore.Tests.Contract;

namespace BudgetLedger.EventStore.Tests.Sqlite;

public sealed class SqliteContract(SqliteStoreFixture fixture) : EventStoreContract<SqliteStoreFixture>(fixture),
    IClassFixture<SqliteStoreFixture>;
