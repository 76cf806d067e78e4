using System.Diagnostics;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Import;
using BudgetLedger.Testing;

namespace BudgetLedger.Benchmark;

/// <summary>
/// Imports synthetic disclosures: reading alone, then reading and appending to a fresh SQLite ledger.
/// </summary>
public static class ImportRuns
{
    public static async Task Run(string seedsFolder, int documents, string folder)
    {
        var inputs = SyntheticDisclosures.Create(seedsFolder, documents);
        var importer = new DisclosureImporter();
        importer.Read(inputs[0].Name, inputs[0].Bytes); // warm up regexes and JIT outside the timing

        var clock = Stopwatch.StartNew();
        var events = inputs.Sum(d => importer.Read(d.Name, d.Bytes).Events.Count);
        var readSeconds = clock.Elapsed.TotalSeconds;

        await using var store = SqliteEventStore.Open(Path.Combine(folder, "import.db"));
        clock.Restart();
        foreach (var (name, bytes) in inputs)
        {
            await DocumentWriter.Write(store, importer.Read(name, bytes));
        }

        var importSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"import of {documents:N0} synthetic disclosures shaped like the seeds ({events:N0} events, "
            + $"{inputs.Sum(d => d.Bytes.Length) / 1048576.0:F1} MB of text):");
        Console.WriteLine($"  read only (text → validated events):  {documents / readSeconds,8:N0} documents/s  "
            + $"{events / readSeconds,10:N0} events/s");
        Console.WriteLine($"  read + append to SQLite (one batch each): {documents / importSeconds,8:N0} documents/s  "
            + $"{events / importSeconds,10:N0} events/s  (reading is {readSeconds / importSeconds:P0} of it)");
    }
}
