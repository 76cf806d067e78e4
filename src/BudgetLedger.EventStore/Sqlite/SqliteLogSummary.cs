using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.TamperEvidence;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

/// <summary>
/// The kept summary of the log (Schema/003) as a writer keeps it: read at the start of a write transaction, advanced
/// with every insert, written back before the commit, so it rolls back with the events.
/// </summary>
internal sealed class SqliteLogSummary
{
    public const int SchemaVersion = 3;

    private SqliteLogSummary(RunningSummary running) => Running = running;

    public RunningSummary Running { get; }

    public long LastPosition => Running.LastPosition;

    public bool Changed => Running.Changed;

    public static SqliteLogSummary Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Command(connection, transaction, "SELECT events, last_position, last_hash, streams, "
            + "log_digest, content_digest FROM log_summary WHERE id = 1;");
        using var r = command.ExecuteReader();
        if (!r.Read())
        {
            throw Edited(connection, "the kept summary of its log is missing");
        }

        try
        {
            return new SqliteLogSummary(RunningSummary.Resume(r.GetInt64(0), r.GetFieldValue<byte[]>(4),
                r.GetFieldValue<byte[]>(5), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetFieldValue<byte[]>(2),
                r.GetInt64(3)));
        }
        catch (Exception e) when (e is FormatException or InvalidCastException)
        {
            throw Edited(connection, $"the kept summary of its log cannot be read ({e.Message})");
        }
    }

    /// <summary>The log's last event as stored: position 0 and no hash while it is empty.</summary>
    public static (long Position, byte[]? Hash) ReadTail(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Command(connection, transaction,
            "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1;");
        using var r = command.ExecuteReader();
        return r.Read() ? (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetFieldValue<byte[]>(1)) : (0, null);
    }

    /// <summary>
    /// The log's last event must be the one the summary names: a log cut or extended behind the ledger's back is not
    /// appended to, or the summary would go on describing a log that is not there.
    /// </summary>
    public void CheckTail(SqliteConnection connection, (long Position, byte[]? Hash) tail)
    {
        if (Running.TailMismatch(tail) is { } mismatch)
        {
            throw Edited(connection, $"{mismatch}; nothing was written");
        }
    }

    public void Add(RecordedEvent e) => Running.Add(e);

    public void Write(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var row = Command(connection, transaction, "INSERT OR REPLACE INTO log_summary (id, events, "
            + "last_position, last_hash, streams, log_digest, content_digest) VALUES (1, $events, $position, $hash, "
            + "$streams, $digest, $content);");
        row.Parameters.AddWithValue("$events", Running.Events);
        row.Parameters.AddWithValue("$position", Running.LastPosition);
        row.Parameters.AddWithValue("$hash", (object?)Running.LastHash ?? DBNull.Value);
        row.Parameters.AddWithValue("$streams", Running.Streams);
        row.Parameters.AddWithValue("$digest", Running.DigestState());
        row.Parameters.AddWithValue("$content", Running.ContentState());
        row.ExecuteNonQuery();

        using var type = Command(connection, transaction, "INSERT INTO log_summary_types (type, events) VALUES "
            + "($type, $events) ON CONFLICT (type) DO UPDATE SET events = events + excluded.events;");
        var name = type.Parameters.Add("$type", SqliteType.Text);
        var events = type.Parameters.Add("$events", SqliteType.Integer);
        foreach (var (t, n) in Running.Added)
        {
            name.Value = t;
            events.Value = n;
            type.ExecuteNonQuery();
        }

        Running.ClearAdded();
    }

    /// <summary>Fills the summary of a ledger made before it was kept, walking its events once.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction)
    {
        var summary = new SqliteLogSummary(RunningSummary.Empty());
        using (var command = Command(connection, transaction,
            $"SELECT {SqliteSql.Columns} FROM events ORDER BY position;"))
        using (var r = command.ExecuteReader())
        {
            try
            {
                while (r.Read())
                {
                    summary.Add(SqliteRows.ToRecordedEvent(r));
                }
            }
            catch (CorruptStoredEventException e)
            {
                throw Edited(connection, $"the summary of its log cannot be made: {e.Message}; nothing was written",
                    e);
            }
        }

        using (var streams = Command(connection, transaction, "SELECT count(DISTINCT stream_id) FROM events;"))
        {
            summary.Running.Streams = (long)streams.ExecuteScalar()!;
        }

        summary.Write(connection, transaction);
    }

    public LogSummary ToLogSummary(IReadOnlyDictionary<string, long> eventsByType,
        (long Position, byte[]? Hash) tail) => Running.ToLogSummary(eventsByType, tail);

    public static LedgerFileException Edited(SqliteConnection connection, string what, Exception? inner = null) =>
        new($"{connection.DataSource}: {what}: run `budget-ledger verify`", inner);

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
