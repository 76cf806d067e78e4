using System.Diagnostics;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;

namespace BudgetLedger.Benchmark;

/// <summary>
/// Rebuild through the actors against the raw rate of reading and deserializing the same events, in
/// alternating rounds (the machine is noisy: each path's best round is compared).
/// </summary>
public static class ProjectionRuns
{
    public static async Task Run(string seedsFolder, long events, int batchSize, int rounds, string folder)
    {
        var ledgerPath = Path.Combine(folder, "projection-ledger.db");
        await using var ledger = await SyntheticLedger.At(ledgerPath, seedsFolder, events);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"{"round",6}  {"raw ev/s",12}  {"actors ev/s",12}  {"actors/raw",10}"
            + $"  {"units",7}  {"faults",6}");
        var (bestRaw, bestActors, ratios) = (0.0, 0.0, new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            var raw = await Raw(ledger);
            var readModelsPath = Path.Combine(folder, $"projection-{round}.readmodels");
            SqliteReadModels.Delete(readModelsPath);
            using var readModels = SqliteReadModels.Open(readModelsPath);
            clock.Restart();
            var result = await ProjectionHost.Run(ledger, readModels, new ProjectionOptions(BatchSize: batchSize));
            var actors = result.EventsFolded / clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{round,6}  {raw,12:N0}  {actors,12:N0}  {actors / raw,10:P0}"
                + $"  {readModels.UnitCount(),7:N0}  {result.Faults,6}");
            (bestRaw, bestActors) = (Math.Max(bestRaw, raw), Math.Max(bestActors, actors));
            ratios.Add(actors / raw);
        }

        Console.WriteLine($"  raw read + deserialize (no actors), best:  {bestRaw,10:N0} events/s");
        Console.WriteLine($"  rebuild through the actors, best:          {bestActors,10:N0} events/s");
        Console.WriteLine($"  actors / raw (best against best):          {bestActors / bestRaw,10:P0}");
        Console.WriteLine($"  actors / raw (median of the rounds):       "
            + $"{ratios.Order().ElementAt(ratios.Count / 2),10:P0}");
        Console.WriteLine($"  peak working set:                          "
            + $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,10:F0} MB");
    }

    private static async Task<double> Raw(SqliteEventStore ledger)
    {
        var clock = Stopwatch.StartNew();
        long raw = 0;
        await foreach (var e in ledger.ReadAll(pageSize: 4096))
        {
            EventSerializer.Default.DeserializeData(e.Type, e.Data);
            raw++;
        }

        return raw / clock.Elapsed.TotalSeconds;
    }
}
