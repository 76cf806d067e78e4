using System.Globalization;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.Projections.ReadModels;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace BudgetLedger.Projections.Storage;

/// <summary>
/// The projections' own SQLite file: unit views, the checkpoint (last global position folded) and faults.
/// <see cref="Commit"/> writes a batch's changed views, faults and new checkpoint in one transaction.
/// </summary>
public sealed class ReadModelStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private ReadModelStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        using var version = _connection.CreateCommand();
        version.CommandText = "PRAGMA user_version;";
        if (Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            using var transaction = _connection.BeginTransaction();
            Execute(Schema(), transaction);
            Execute("PRAGMA user_version = 1;", transaction);
            transaction.Commit();
        }
    }

    public string Path { get; }

    public static ReadModelStore Open(string path) => new(path);

    /// <summary>Where the read models of a ledger file live by default: beside it.</summary>
    public static string PathFor(string ledgerPath) => ledgerPath + ".readmodels";

    public ulong Checkpoint()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT position FROM checkpoint WHERE id = 1;";
        return command.ExecuteScalar() is long p ? (ulong)p : 0UL;
    }

    public UnitView? Unit(string unitId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT state FROM unit_views WHERE unit_id = $id;";
        command.Parameters.AddWithValue("$id", unitId);
        return command.ExecuteScalar() is string json ? JsonConvert.DeserializeObject<UnitView>(json, LedgerJson.Settings) : null;
    }

    public IReadOnlyList<UnitView> Units()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT state FROM unit_views ORDER BY unit_id;";
        using var reader = command.ExecuteReader();
        var units = new List<UnitView>();
        while (reader.Read())
        {
            units.Add(JsonConvert.DeserializeObject<UnitView>(reader.GetString(0), LedgerJson.Settings)!);
        }

        return units;
    }

    public IReadOnlyList<ProjectionFault> Faults()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT position, type, error FROM faults ORDER BY position;";
        using var reader = command.ExecuteReader();
        var faults = new List<ProjectionFault>();
        while (reader.Read())
        {
            faults.Add(new ProjectionFault((ulong)reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return faults;
    }

    public void Commit(ulong checkpoint, IEnumerable<UnitView> changed, IEnumerable<ProjectionFault> faults)
    {
        using var transaction = _connection.BeginTransaction();
        using (var upsert = _connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = "INSERT INTO unit_views (unit_id, state, last_position) VALUES ($id, $state, $pos) ON CONFLICT (unit_id) DO UPDATE SET state = excluded.state, last_position = excluded.last_position;";
            var id = upsert.Parameters.Add("$id", SqliteType.Text);
            var state = upsert.Parameters.Add("$state", SqliteType.Text);
            var pos = upsert.Parameters.Add("$pos", SqliteType.Integer);
            foreach (var view in changed)
            {
                id.Value = view.UnitId;
                state.Value = JsonConvert.SerializeObject(view, LedgerJson.Settings);
                pos.Value = checked((long)view.LastPosition);
                upsert.ExecuteNonQuery();
            }
        }

        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR REPLACE INTO faults (position, type, error) VALUES ($pos, $type, $error);";
            var pos = insert.Parameters.Add("$pos", SqliteType.Integer);
            var type = insert.Parameters.Add("$type", SqliteType.Text);
            var error = insert.Parameters.Add("$error", SqliteType.Text);
            foreach (var fault in faults)
            {
                (pos.Value, type.Value, error.Value) = (checked((long)fault.Position), fault.Type, fault.Error);
                insert.ExecuteNonQuery();
            }
        }

        using (var save = _connection.CreateCommand())
        {
            save.Transaction = transaction;
            save.CommandText = "INSERT INTO checkpoint (id, position) VALUES (1, $pos) ON CONFLICT (id) DO UPDATE SET position = excluded.position;";
            save.Parameters.AddWithValue("$pos", checked((long)checkpoint));
            save.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Schema()
    {
        using var stream = typeof(ReadModelStore).Assembly.GetManifestResourceStream("BudgetLedger.Projections.Storage.Schema.001_read_models.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
