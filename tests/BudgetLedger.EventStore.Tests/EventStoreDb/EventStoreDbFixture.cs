using BudgetLedger.EventStore.EventStoreDb;
using BudgetLedger.EventStore.Tests.Contract;

namespace BudgetLedger.EventStore.Tests.EventStoreDb;

/// <summary>
/// A real EventStoreDB server (or cluster) named by an environment variable. Each store is its own ledger on it
/// (streams under a fresh name), so tests do not see each other's events.
/// </summary>
public abstract class EventStoreDbFixture(string variable, string example) : IStoreFixture
{
    public string? Endpoint { get; } = Environment.GetEnvironmentVariable(variable);

    public string? Unavailable => string.IsNullOrWhiteSpace(Endpoint)
        ? $"no EventStoreDB endpoint: set {variable} to a connection string such as {example} "
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
