using System.Diagnostics;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.Benchmark;

public sealed record RunResult(double Seconds, double Megabytes);

public static class Runs
{
    /// <summary>Each batch holds consecutive rows of one stream, appended with ExpectedRevision.Any.</summary>
    public static async Task<RunResult> ThroughStore(string path, IReadOnlyList<BenchRow> rows, int batch)
    {
        await using var store = SqliteEventStore.Open(path);
        var clock = Stopwatch.StartNew();
        foreach (var group in Batches(rows, batch))
        {
            await store.Append(group[0].Stream, ExpectedRevision.Any, group.Select(r => r.Event).ToList());
        }

        return new RunResult(clock.Elapsed.TotalSeconds, Size(path));
    }

    /// <summary>The same rows, same batches, into a bare table: prepared INSERT, one transaction per batch.</summary>
    public static RunResult RawInsert(string path, IReadOnlyList<BenchRow> rows, int batch)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        Execute(connection,
            "CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT, stream_id TEXT, type TEXT, data BLOB, "
            + "metadata BLOB, recorded_at INTEGER);");
        var clock = Stopwatch.StartNew();
        foreach (var group in Batches(rows, batch))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO events (event_id, stream_id, type, data, metadata, recorded_at) "
                + "VALUES ($id, $stream, $type, $data, $metadata, $at);";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var stream = insert.Parameters.Add("$stream", SqliteType.Text);
            var type = insert.Parameters.Add("$type", SqliteType.Text);
            var data = insert.Parameters.Add("$data", SqliteType.Blob);
            var metadata = insert.Parameters.Add("$metadata", SqliteType.Blob);
            var at = insert.Parameters.Add("$at", SqliteType.Integer);
            foreach (var row in group)
            {
                id.Value = row.Event.EventId.ToString("D");
                stream.Value = row.Stream;
                type.Value = row.Event.Type;
                data.Value = row.Event.Data;
                metadata.Value = row.Event.Metadata;
                at.Value = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return new RunResult(clock.Elapsed.TotalSeconds, Size(path));
    }

    public static IEnumerable<List<BenchRow>> Batches(IReadOnlyList<BenchRow> rows, int batch) =>
        rows.GroupBy(r => r.Stream).SelectMany(g => g.Chunk(batch)).Select(c => c.ToList());

    private static double Size(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length) / 1048576.0;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
