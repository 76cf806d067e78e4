using System.Diagnostics;
using System.Globalization;
using BudgetLedger.Cli;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;

namespace BudgetLedger.Benchmark;

/// <summary>
/// Builds a large ledger and its read models, then times random trace, variance and report queries and status,
/// each run in process through the CLI's own entry point (parsing, opening the ledger, catching up, answering,
/// rendering JSON), without a process start.
/// </summary>
public static class QueryRuns
{
    public static async Task Run(string seedsFolder, long events, int queries, int seed, string folder)
    {
        var ledgerPath = await Prepare(seedsFolder, events, folder);
        Console.WriteLine($"{queries} random queries of each kind, seed {seed} (--query-seed to replay)");
        var picks = QueryPicks.From(SqliteReadModels.PathFor(ledgerPath), new Random(seed));
        Console.WriteLine($"{"query",-18}  {"p50 ms",8}  {"p95 ms",8}  {"max ms",8}  {"failed",6}");
        foreach (var (name, make) in picks.Kinds())
        {
            var times = new List<double>();
            var failed = 0;
            for (var i = 0; i < queries; i++)
            {
                string[] args = [.. make(), "--store", ledgerPath, "--format", "json"];
                var watch = Stopwatch.StartNew();
                var code = await LedgerCli.Run(args, TextWriter.Null, TextWriter.Null);
                times.Add(watch.Elapsed.TotalMilliseconds);
                failed += code == 0 ? 0 : 1;
            }

            times.Sort();
            Console.WriteLine($"{name,-18}  {Percentile(times, 0.50),8:F1}  {Percentile(times, 0.95),8:F1}  "
                + $"{times[^1],8:F1}  {failed,6}");
        }

        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
    }

    /// <summary>The synthetic ledger (reused when one of that size is there), its read models built afresh.</summary>
    public static async Task<string> Prepare(string seedsFolder, long events, string folder)
    {
        var ledgerPath = Path.Combine(folder, "query-ledger.db");
        await using var ledger = await SyntheticLedger.At(ledgerPath, seedsFolder, events);
        var clock = Stopwatch.StartNew();
        SqliteReadModels.Delete(SqliteReadModels.PathFor(ledgerPath));
        using var readModels = SqliteReadModels.Open(SqliteReadModels.PathFor(ledgerPath));
        await ProjectionHost.Run(ledger, readModels, new ProjectionOptions());
        Console.WriteLine($"read models built in {clock.Elapsed.TotalSeconds:F1} s");
        return ledgerPath;
    }

    public static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
