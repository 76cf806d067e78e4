using System.Diagnostics;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.EventStore.Streams;
using Npgsql;
using NpgsqlTypes;

namespace BudgetLedger.Benchmark;

/// <summary>
/// The same rows, same batches, on one PostgreSQL server in one run: through the store (a fresh ledger each), and
/// raw into a bare table with the events table's columns and unique keys, one transaction per batch: INSERT (all
/// the batch's statements sent together), and COPY.
/// </summary>
public static class PostgreSqlRuns
{
    private const string Table = """
        CREATE TABLE raw_events (position bigint PRIMARY KEY, event_id uuid NOT NULL UNIQUE, stream_id text NOT NULL,
            stream_revision bigint NOT NULL, type text NOT NULL, data bytea NOT NULL, metadata bytea NOT NULL,
            recorded_at bigint NOT NULL, UNIQUE (stream_id, stream_revision));
        """;

    public static async Task Run(string connectionString, IReadOnlyList<BenchRow> rows, IReadOnlyList<int> batches)
    {
        Console.WriteLine($"{rows.Count:N0} events over the same unit streams; PostgreSQL at "
            + $"{PostgreSqlConnection.Parse(connectionString)}");
        Console.WriteLine($"{"batch",6}  {"store ev/s",11}  {"INSERT ev/s",11}  {"COPY ev/s",11}  "
            + $"{"store/INSERT",12}  {"store/COPY",10}");
        foreach (var batch in batches)
        {
            var store = await ThroughStore(connectionString, rows, batch);
            var insert = await Raw(connectionString, rows, batch, copy: false);
            var copy = await Raw(connectionString, rows, batch, copy: true);
            Console.WriteLine($"{batch,6}  {rows.Count / store,11:N0}  {rows.Count / insert,11:N0}  "
                + $"{rows.Count / copy,11:N0}  {insert / store,12:P0}  {copy / store,10:P0}");
        }

        Console.WriteLine();
        Console.WriteLine("store/INSERT, store/COPY: the store's rate as a share of the raw rate (higher is better). "
            + "The store also locks the summary row, checks revisions, chains SHA-256 hashes and keeps the summary.");
    }

    private static async Task<double> ThroughStore(string connectionString, IReadOnlyList<BenchRow> rows, int batch)
    {
        await using var store = PostgreSqlEventStore.Connect(PostgreSqlConnection.WithLedger(connectionString,
            $"bench{Guid.NewGuid():N}"));
        await store.ReadAllBackwards(null, 1);
        var clock = Stopwatch.StartNew();
        foreach (var group in Runs.Batches(rows, batch))
        {
            await store.Append(group[0].Stream, ExpectedRevision.Any, group.Select(r => r.Event).ToList());
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> Raw(string connectionString, IReadOnlyList<BenchRow> rows, int batch,
        bool copy)
    {
        var schema = $"bench_raw_{Guid.NewGuid():N}";
        var settings = PostgreSqlConnection.Parse(connectionString).Settings;
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, $"CREATE SCHEMA {schema}; SET search_path TO {schema}; {Table}");
        var revisions = new Dictionary<string, long>(StringComparer.Ordinal);
        long position = 0;
        var clock = Stopwatch.StartNew();
        foreach (var group in Runs.Batches(rows, batch))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var numbered = group.Select(r => (Row: r, Position: ++position,
                Revision: revisions[r.Stream] = revisions.GetValueOrDefault(r.Stream, -1) + 1)).ToList();
            await (copy ? Copy(connection, numbered) : Insert(connection, transaction, numbered));
            await transaction.CommitAsync();
        }

        var seconds = clock.Elapsed.TotalSeconds;
        await Execute(connection, $"DROP SCHEMA {schema} CASCADE;");
        return seconds;
    }

    private static async Task Insert(NpgsqlConnection connection, NpgsqlTransaction transaction,
        List<(BenchRow Row, long Position, long Revision)> rows)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (row, position, revision) in rows)
        {
            var insert = new NpgsqlBatchCommand("INSERT INTO raw_events VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
            foreach (var value in Values(row, position, revision))
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            batch.BatchCommands.Add(insert);
        }

        await batch.ExecuteNonQueryAsync();
    }

    private static async Task Copy(NpgsqlConnection connection, List<(BenchRow Row, long Position, long Revision)> rows)
    {
        await using var copy = await connection.BeginBinaryImportAsync("COPY raw_events FROM STDIN (FORMAT BINARY)");
        foreach (var (row, position, revision) in rows)
        {
            await copy.WriteRowAsync(default, Values(row, position, revision));
        }

        await copy.CompleteAsync();
    }

    private static object[] Values(BenchRow row, long position, long revision) =>
    [
        position, row.Event.EventId, row.Stream, revision, row.Event.Type, row.Event.Data, row.Event.Metadata,
        DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
    ];

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
