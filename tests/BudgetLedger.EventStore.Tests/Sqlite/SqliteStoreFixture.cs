using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Tests.Contract;

namespace BudgetLedger.EventStore.Tests.Sqlite;

/// <summary>Each store is a real SQLite file in a temporary folder, removed with the fixture.</summary>
public sealed class SqliteStoreFixture : IStoreFixture, IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("budget-ledger-tests-").FullName;

    public string NewPath() => Path.Combine(Folder, $"{Guid.NewGuid():N}.db");

    public Task<IEventStore> CreateStore() => Task.FromResult<IEventStore>(SqliteEventStore.Open(NewPath()));

    public Task<IEventStore> Connect(IEventStore store) =>
        Task.FromResult<IEventStore>(SqliteEventStore.Open(((SqliteEventStore)store).Path));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
