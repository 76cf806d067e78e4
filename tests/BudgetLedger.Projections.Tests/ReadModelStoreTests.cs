using BudgetLedger.Projections.Engine;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.Projections.Tests;

public class ReadModelStoreTests
{
    [Fact]
    public async Task A_read_model_file_of_an_older_shape_is_dropped_and_rebuilt_from_the_log()
    {
        await using var ledger = await Ledger.WithSeeds(Seeds.All);
        using var clean = ledger.ReadModels("clean.db");
        await ProjectionHost.Run(ledger.Store, clean, new ProjectionOptions());
        var oldPath = Path.Combine(Path.GetDirectoryName(clean.Path)!, "old.db");
        using (var old = new SqliteConnection($"Data Source={oldPath};Pooling=false"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = "CREATE TABLE units (unit_id TEXT PRIMARY KEY, name TEXT, code TEXT, "
                + "last_position INTEGER NOT NULL);"
                + "CREATE TABLE checkpoint (id INTEGER PRIMARY KEY, position INTEGER NOT NULL); "
                + "INSERT INTO checkpoint VALUES (1, 99999);"
                + "PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        using var upgraded = ledger.ReadModels("old.db");
        upgraded.Checkpoint().Should().Be(0, "a checkpoint of the old shape cannot vouch for the new one");
        await ProjectionHost.Run(ledger.Store, upgraded, new ProjectionOptions());

        Ledger.Snapshot(upgraded).Should().Be(Ledger.Snapshot(clean));
    }
}
