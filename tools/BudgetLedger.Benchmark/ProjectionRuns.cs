using System.Diagnostics;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Benchmark;

/// <summary>Rebuild through the actors against the raw rate of reading and deserializing the same events.</summary>
public static class ProjectionRuns
{
    public static async Task Run(string seedsFolder, long events, int batchSize, string folder)
    {
        var ledgerPath = Path.Combine(folder, "projection-ledger.db");
        await using var ledger = SqliteEventStore.Open(ledgerPath);
        var clock = Stopwatch.StartNew();
        var written = await SyntheticLedger.Fill(ledger, seedsFolder, events);
        Console.WriteLine($"synthetic ledger: {written:N0} events (units × 20 years shaped like the seeds) written in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        long raw = 0;
        await foreach (var e in ledger.ReadAll(pageSize: 4096))
        {
            EventSerializer.Default.DeserializeData(e.Type, e.Data);
            raw++;
        }

        var rawSeconds = clock.Elapsed.TotalSeconds;
        using var readModels = ReadModelStore.Open(Path.Combine(folder, "projection.readmodels"));
        clock.Restart();
        var result = await ProjectionHost.Run(ledger, readModels, new ProjectionOptions(BatchSize: batchSize));
        var actorSeconds = clock.Elapsed.TotalSeconds;
        var units = readModels.Units().Count;
        Console.WriteLine($"  raw read + deserialize (no actors):   {raw / rawSeconds,10:N0} events/s");
        Console.WriteLine($"  rebuild through the actors:           {result.EventsFolded / actorSeconds,10:N0} events/s  ({units:N0} units, {result.Faults} faults)");
        Console.WriteLine($"  actors / raw:                         {rawSeconds / actorSeconds,10:P0}");
        Console.WriteLine($"  peak working set so far:              {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,10:F0} MB");
    }
}
