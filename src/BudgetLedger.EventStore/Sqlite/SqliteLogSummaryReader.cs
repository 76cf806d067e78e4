using System.Globalization;
using BudgetLedger.EventStore.TamperEvidence;
using Microsoft.Data.Sqlite;
using static BudgetLedger.EventStore.Sqlite.SqliteLogSummary;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>The kept summary, its counts by type and the log's last event, read in one snapshot.</summary>
internal static class SqliteLogSummaryReader
{
    /// <summary>Null for a ledger made before the summary was kept and not opened for writing since.</summary>
    public static LogSummary? Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        using (var version = Command(connection, transaction, "PRAGMA user_version;"))
        {
            if (Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture) < SchemaVersion)
            {
                return null;
            }
        }

        using (var tables = Command(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = "
            + "'table' AND name IN ('log_summary', 'log_summary_types');"))
        {
            if ((long)tables.ExecuteScalar()! != 2)
            {
                throw Edited(connection, "the kept summary of its log is missing");
            }
        }

        var kept = SqliteLogSummary.Read(connection, transaction);
        var types = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using (var command = Command(connection, transaction, "SELECT type, events FROM log_summary_types;"))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                types[r.GetString(0)] = r.GetInt64(1);
            }
        }

        return kept.ToLogSummary(types, ReadTail(connection, transaction));
    }
}
