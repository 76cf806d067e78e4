using System.Globalization;
using BudgetLedger.EventStore.Storage;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>
/// Applies the numbered scripts under Schema/ that the file has not seen yet (tracked in PRAGMA user_version).
/// </summary>
internal static class SqliteSchema
{
    /// <summary>What a script cannot do in SQL, run after it in the same transaction.</summary>
    private static readonly Dictionary<int, Action<SqliteConnection, SqliteTransaction>> AfterScript = new()
    {
        [SqliteLogSummary.SchemaVersion] = SqliteLogSummary.Rebuild,
    };

    public static int Latest { get; } = Scripts().Max(s => s.Version);

    /// <summary>
    /// A new file: marked as a ledger while still in rollback mode (so the mark is in the file's own header), then WAL.
    /// </summary>
    public static void Create(SqliteConnection connection)
    {
        Execute(connection, null, $"PRAGMA application_id = {LedgerFileHeader.LedgerApplicationId};");
        Migrate(connection);
    }

    public static void Migrate(SqliteConnection connection)
    {
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
        var changed = false;
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            var current = Convert.ToInt32(Scalar(connection, transaction, "PRAGMA user_version;"),
                CultureInfo.InvariantCulture);
            foreach (var (version, sql) in Scripts().Where(s => s.Version > current))
            {
                Execute(connection, transaction, sql);
                AfterScript.GetValueOrDefault(version)?.Invoke(connection, transaction);
                Execute(connection, transaction, $"PRAGMA user_version = {version};");
                changed = true;
            }

            if (Convert.ToInt32(Scalar(connection, transaction, "PRAGMA application_id;"),
                CultureInfo.InvariantCulture) == 0)
            {
                // A ledger made before files were marked.
                Execute(connection, transaction, $"PRAGMA application_id = {LedgerFileHeader.LedgerApplicationId};");
                changed = true;
            }

            transaction.Commit();
        }

        if (changed)
        {
            // Into the main file's header, where a reader looks before trusting the file.
            Execute(connection, null, "PRAGMA wal_checkpoint(PASSIVE);");
        }
    }

    private static IEnumerable<(int Version, string Sql)> Scripts() =>
        SchemaScripts.Of(typeof(SqliteSchema).Assembly, "BudgetLedger.EventStore.Sqlite.Schema.");

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
