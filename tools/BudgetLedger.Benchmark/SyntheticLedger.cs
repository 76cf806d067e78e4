using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.Import;

namespace BudgetLedger.Benchmark;

/// <summary>
/// A ledger of many units × years shaped like the seeds: each seed's events, with the unit and fiscal
/// year rewritten per copy, appended one document per batch.
/// </summary>
public static partial class SyntheticLedger
{
    /// <summary>
    /// A synthetic ledger at <paramref name="path"/>: one left there by an earlier run with as many events is reused
    /// (writing a million events takes minutes); anything else there is replaced.
    /// </summary>
    public static async Task<SqliteEventStore> At(string path, string seedsFolder, long wanted)
    {
        if (File.Exists(path))
        {
            var existing = SqliteEventStore.Open(path);
            var last = await existing.ReadAllBackwards(null, 1);
            if (last is [var e] && (long)e.Position.Commit >= wanted)
            {
                Console.WriteLine($"synthetic ledger: reusing {path} ({e.Position.Commit:N0} events)");
                return existing;
            }

            await existing.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }

        var store = SqliteEventStore.Open(path);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var written = await Fill(store, seedsFolder, wanted);
        Console.WriteLine($"synthetic ledger: {written:N0} events (units × 20 years shaped like the seeds) written in "
            + $"{clock.Elapsed.TotalSeconds:F1} s");
        return store;
    }

    public static async Task<long> Fill(IEventStore store, string seedsFolder, long wanted, int years = 20)
    {
        var templates = Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new DisclosureImporter().Read(Path.GetFileName(f), File.ReadAllBytes(f)))
            .Select(d => d.Events.Select(e => EventSerializer.Default.Serialize(e.Event,
                new EventMetadata(new EffectiveTime(d.Header.Year, null), e.Provenance))).ToList())
            .ToList();
        long written = 0;
        for (var copy = 0; written < wanted; copy++)
        {
            for (var year = 0; year < years && written < wanted; year++)
            {
                for (var t = 0; t < templates.Count; t++)
                {
                    var events = templates[t].Select(s => new EventData(Guid.NewGuid(), s.WireName,
                        Rewrite(s.Data, copy, year), s.Metadata)).ToList();
                    await store.Append($"document-bench-{copy}-{year}-{t}", ExpectedRevision.NoStream, events);
                    written += events.Count;
                }
            }
        }

        return written;
    }

    private static byte[] Rewrite(byte[] data, int copy, int yearOffset)
    {
        var json = Encoding.UTF8.GetString(data);
        json = UnitId().Replace(json,
            m => $"\"{m.Groups[1].Value}\":\"{m.Groups[2].Value}-c{copy.ToString(CultureInfo.InvariantCulture)}\"");
        json = Year().Replace(json, m =>
            $"\"fiscalYear\":{(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 10 + yearOffset)
                .ToString(CultureInfo.InvariantCulture)}");
        return Encoding.UTF8.GetBytes(json);
    }

    [GeneratedRegex("\"(unitId|fromUnit|toUnit)\":\"([a-z0-9-]+)\"")]
    private static partial Regex UnitId();

    [GeneratedRegex("\"fiscalYear\":(\\d{4})")]
    private static partial Regex Year();
}
