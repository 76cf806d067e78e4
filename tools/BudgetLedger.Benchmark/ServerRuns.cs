using System.Diagnostics;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.EventStoreDb;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.Benchmark;

/// <summary>
/// The same rows appended in batches, then the whole log read back, on EventStoreDB and on SQLite in one run.
/// </summary>
public static class ServerRuns
{
    public static async Task Run(string connectionString, IReadOnlyList<BenchRow> rows,
        IReadOnlyList<int> batches, string folder)
    {
        Console.WriteLine($"{rows.Count:N0} events over the same unit streams; EventStoreDB at {connectionString}"
            + $"; SQLite in {folder}");
        Console.WriteLine($"{"store",-14}  {"batch",6}  {"append ev/s",12}  {"read $all ev/s",14}");
        foreach (var batch in batches)
        {
            var ledger = $"bench-{Guid.NewGuid():N}";
            await using (var server =
                EventStoreDbStore.Connect(EventStoreDbConnection.WithLedger(connectionString, ledger)))
            {
                await Measure("EventStoreDB", server, rows, batch);
            }

            await using (var sqlite = SqliteEventStore.Open(Path.Combine(folder, $"server-compare-{batch}.db")))
            {
                await Measure("SQLite", sqlite, rows, batch);
            }
        }
    }

    private static async Task Measure(string name, IEventStore store, IReadOnlyList<BenchRow> rows, int batch)
    {
        var clock = Stopwatch.StartNew();
        foreach (var group in Runs.Batches(rows, batch))
        {
            await store.Append(group[0].Stream, ExpectedRevision.Any, group.Select(r => r.Event).ToList());
        }

        var append = rows.Count / clock.Elapsed.TotalSeconds;
        clock.Restart();
        long read = 0;
        await foreach (var _ in store.ReadAll(pageSize: 4096))
        {
            read++;
        }

        Console.WriteLine($"{name,-14}  {batch,6}  {append,12:N0}  {read / clock.Elapsed.TotalSeconds,14:N0}");
        if (read != rows.Count)
        {
            throw new InvalidOperationException($"{name}: read {read} events back, wrote {rows.Count}");
        }
    }
}
