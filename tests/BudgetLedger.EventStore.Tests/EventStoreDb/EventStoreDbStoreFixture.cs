using BudgetLedger.EventStore.EventStoreDb;
using BudgetLedger.EventStore.Tests.Contract;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

/// <summary>
/// A real EventStoreDB server named by $BUDGET_LEDGER_ESDB (e.g. esdb://127.0.0.1:2113?tls=false). Each
/// store is its own ledger on it (streams under a fresh name), so tests do not see each other's events.
/// </summary>
public sealed class EventStoreDbStoreFixture : IStoreFixture
{
    public const string Variable = "BUDGET_LEDGER_ESDB";

    private static readonly string? Endpoint = Environment.GetEnvironmentVariable(Variable);

    public string? Unavailable => string.IsNullOrWhiteSpace(Endpoint)
        ? $"no EventStoreDB endpoint: set {Variable} to a connection string such as esdb://127.0.0.1:2113?tls=false "
            + "to run the store contract against a real server"
        : null;

    public Task<IEventStore> CreateStore() =>
        Task.FromResult<IEventStore>(EventStoreDbStore.Connect(EventStoreDbConnection.WithLedger(Endpoint!,
            $"test-{Guid.NewGuid():N}")));

    public async Task<(IEventStore Default, IEventStore Named)> LedgersSideBySide() =>
        (EventStoreDbStore.Connect(Endpoint!), await CreateStore());

    public Task<IEventStore> Connect(IEventStore store) =>
        Task.FromResult<IEventStore>(((EventStoreDbStore)store).Reconnect());
}
