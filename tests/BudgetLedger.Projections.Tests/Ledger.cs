using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Import;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;
using Newtonsoft.Json;

namespace BudgetLedger.Projections.Tests;

/// <summary>A real SQLite ledger with seeds imported, and read-model files beside it, in a temporary folder.</summary>
public sealed class Ledger : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budget-ledger-projections-").FullName;

    private Ledger(SqliteEventStore store) => Store = store;

    public SqliteEventStore Store { get; private set; } = null!;

    public static async Task<Ledger> WithSeeds(params string[] seeds)
    {
        var ledger = new Ledger(null!);
        ledger.Store = SqliteEventStore.Open(Path.Combine(ledger._folder, "ledger.db"));
        foreach (var seed in seeds)
        {
            await ledger.Import(seed);
        }

        return ledger;
    }

    public async Task Import(string seed) =>
        await DocumentWriter.Write(Store, new DisclosureImporter().Read(seed, Seeds.Bytes(seed)));

    public SqliteReadModels ReadModels(string name) => SqliteReadModels.Open(Path.Combine(_folder, name));

    /// <summary>The read models as one comparable text.</summary>
    public static string Snapshot(ReadModelStore store) =>
        JsonConvert.SerializeObject(new { Units = store.UnitNames().Select(u => store.Unit(u.UnitId)!),
            Tables = store.UnitNames().SelectMany(u => store.Unit(u.UnitId)!.Years.Keys.Select(y =>
                store.TablePositions(u.UnitId, y))), Checkpoint = store.Checkpoint(), Faults = store.Faults() });

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
