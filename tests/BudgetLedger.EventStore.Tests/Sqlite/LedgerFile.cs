using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Tests.Sqlite;

/// <summary>Direct access to a ledger file, as someone holding the file could edit it.</summary>
internal static class LedgerFile
{
    /// <summary>30 events: 3 streams of 10, interleaved in batches of 2.</summary>
    public static async Task Fill(string path)
    {
        await using var store = SqliteEventStore.Open(path);
        for (var i = 0; i < 5; i++)
        {
            foreach (var stream in new[] { "unit-a", "unit-b", "unit-c" })
            {
                await store.Append(stream, ExpectedRevision.Any, TestEvents.Lines(2, from: i * 2));
            }
        }
    }

    /// <summary>
    /// Runs SQL against the file with the immutability triggers dropped, as a tamperer would; returns the rows changed.
    /// </summary>
    public static int Tamper(string path, string sql)
    {
        Execute(path, "DROP TRIGGER IF EXISTS events_are_immutable; DROP TRIGGER IF EXISTS events_are_never_deleted;");
        return Execute(path, sql);
    }

    /// <summary>Gives the file the shape of a ledger made before the log's summary was kept (schema 2).</summary>
    public static void ForgetSummary(string path) =>
        Execute(path, "DROP TABLE log_summary; DROP TABLE log_summary_types; PRAGMA user_version = 2;");

    public static int Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }
}
