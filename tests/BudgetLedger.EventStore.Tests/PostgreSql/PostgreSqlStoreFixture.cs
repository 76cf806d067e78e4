using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.EventStore.Tests.Contract;

namespace BudgetLedger.EventStore.Tests.PostgreSql;

/// <summary>
/// Each store is a ledger of its own (a fresh schema) on the throwaway server the test script starts
/// (<see cref="PostgreSqlServer"/>).
/// </summary>
public sealed class PostgreSqlStoreFixture : IStoreFixture
{
    public string? Unavailable => PostgreSqlServer.Unavailable;

    public Task<IEventStore> CreateStore() =>
        Task.FromResult<IEventStore>(PostgreSqlEventStore.Connect(PostgreSqlServer.NewLedger()));

    public Task<IEventStore> Connect(IEventStore store) =>
        Task.FromResult<IEventStore>(((PostgreSqlEventStore)store).Reconnect());

    public Task<(IEventStore Default, IEventStore Named)> LedgersSideBySide() =>
        Task.FromResult<(IEventStore, IEventStore)>((PostgreSqlEventStore.Connect(PostgreSqlServer.ConnectionString),
            PostgreSqlEventStore.Connect(PostgreSqlServer.NewLedger())));
}
