using BudgetLedger.EventStore.TamperEvidence;
using Npgsql;
using static BudgetLedger.EventStore.PostgreSql.PostgreSqlRows;

namespace BudgetLedger.EventStore.PostgreSql;

/// <summary>The kept summary of the log (Schema/001: log_summary, log_summary_types) read and written.</summary>
internal static class PostgreSqlSummary
{
    public static async Task<RunningSummary> Read(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        string sql, string ledger, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            throw new LedgerFileException($"{ledger}: the kept summary of its log is missing: run "
                + "`budget-ledger verify`");
        }

        try
        {
            return RunningSummary.Resume(r.GetInt64(0), r.GetFieldValue<byte[]>(4), r.GetFieldValue<byte[]>(5),
                r.GetInt64(1), r.IsDBNull(2) ? null : r.GetFieldValue<byte[]>(2), r.GetInt64(3));
        }
        catch (Exception e) when (e is FormatException or InvalidCastException)
        {
            throw new LedgerFileException($"{ledger}: the kept summary of its log cannot be read ({e.Message}): "
                + "run `budget-ledger verify`", e);
        }
    }

    /// <summary>The log's last event as stored: position 0 and no hash while it is empty.</summary>
    public static async Task<(long Position, byte[]? Hash)> ReadTail(NpgsqlConnection connection,
        NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, PostgreSqlSql.Tail);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? (r.GetInt64(0), r.GetFieldValue<byte[]>(1)) : (0, null);
    }

    public static async Task<Dictionary<string, long>> Types(NpgsqlConnection connection,
        NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var types = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = Command(connection, transaction, PostgreSqlSql.Types);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            types[r.GetString(0)] = r.GetInt64(1);
        }

        return types;
    }

    public static async Task Write(NpgsqlConnection connection, NpgsqlTransaction transaction,
        RunningSummary summary, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var row = new NpgsqlBatchCommand(PostgreSqlSql.WriteSummary);
        row.Parameters.AddWithValue("events", summary.Events);
        row.Parameters.AddWithValue("position", summary.LastPosition);
        row.Parameters.AddWithValue("hash", (object?)summary.LastHash ?? DBNull.Value);
        row.Parameters.AddWithValue("streams", summary.Streams);
        row.Parameters.AddWithValue("digest", summary.DigestState());
        row.Parameters.AddWithValue("content", summary.ContentState());
        var types = new NpgsqlBatchCommand(PostgreSqlSql.AddTypes);
        types.Parameters.AddWithValue("types", summary.Added.Keys.ToArray());
        types.Parameters.AddWithValue("counts", summary.Added.Values.ToArray());
        batch.BatchCommands.Add(row);
        batch.BatchCommands.Add(types);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        summary.ClearAdded();
    }

    /// <summary>The first row, written with the schema: an empty log's summary.</summary>
    public static async Task WriteEmpty(NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        var empty = RunningSummary.Empty();
        await using var command = Command(connection, transaction, "INSERT INTO log_summary (id, events, "
            + "last_position, last_hash, streams, log_digest, content_digest) VALUES (1, 0, 0, NULL, 0, @digest, "
            + "@content);");
        command.Parameters.AddWithValue("digest", empty.DigestState());
        command.Parameters.AddWithValue("content", empty.ContentState());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
