using System.Diagnostics;
using BudgetLedger.Cli;
using BudgetLedger.Cli.Composition;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Testing;

namespace BudgetLedger.Benchmark;

/// <summary>
/// One PostgreSQL ledger of synthetic documents, rebuilt from scratch twice in one run: by one process (the
/// projections in process), and by three `serve --cluster` node processes on loopback (shards spread over them, the
/// log read by the singleton), timed from the first node serving to the shared read models holding the log's end.
/// </summary>
public static class ClusterRuns
{
    public static async Task Run(string server, string seedsFolder, int documents, string folder)
    {
        var ledger = PostgreSqlConnection.WithLedger(server, $"cluster{Guid.NewGuid():N}"[..24]);
        var last = await Fill(ledger, seedsFolder, documents, folder);
        Console.WriteLine($"{documents:N0} synthetic documents, {last:N0} events, PostgreSQL at "
            + $"{PostgreSqlConnection.Parse(server)}; {Environment.ProcessorCount} cores");

        Empty(ledger);
        var clock = Stopwatch.StartNew();
        await using (var log = PostgreSqlEventStore.Connect(ledger))
        using (var readModels = StoreLocation.OpenReadModels(ledger))
        {
            await ProjectionHost.Run(log, readModels, new ProjectionOptions());
        }

        var one = clock.Elapsed.TotalSeconds;
        Print("one process", last, one, one);

        Empty(ledger);
        var (three, joined) = await ThreeNodes(ledger, last, folder);
        Print("three nodes", last, three, one);
        var rest = last - joined.Position;
        Print("  once all up", rest, joined.Seconds, one * rest / last);
        Console.WriteLine("vs one: the single process's rate as a share of this one's time (the cluster pays for "
            + "messages between processes, and three processes share the cores). \"once all up\": the events "
            + $"after the other two nodes served ({joined.Position:N0} were folded while they started), in the time "
            + "they took.");
    }

    private static async Task<ulong> Fill(string ledger, string seedsFolder, int documents, string folder)
    {
        var documentsFolder = Directory.CreateDirectory(Path.Combine(folder, "cluster-documents")).FullName;
        foreach (var (name, bytes) in SyntheticDisclosures.Create(seedsFolder, documents))
        {
            await File.WriteAllBytesAsync(Path.Combine(documentsFolder, name), bytes);
        }

        var code = await LedgerCli.Run(["import", documentsFolder, "--store", ledger], TextWriter.Null,
            Console.Error);
        if (code != 0)
        {
            throw new InvalidOperationException($"the import failed ({code})");
        }

        await using var log = PostgreSqlEventStore.Connect(ledger);
        return (await log.ReadAllBackwards(null, 1))[0].Position.Commit;
    }

    private static async Task<(double Seconds, (ulong Position, double Seconds) Joined)> ThreeNodes(string ledger,
        ulong last, string folder)
    {
        var ports = Enumerable.Range(0, 3).Select(_ => LoopbackPorts.Free()).ToList();
        var nodes = new List<ClusterNodeProcess>();
        try
        {
            nodes.Add(ClusterNodeProcess.Start(ledger, ports[0], ports.Take(2), folder));
            await nodes[0].Serving(TimeSpan.FromSeconds(120));
            var clock = Stopwatch.StartNew();
            nodes.AddRange(ports.Skip(1).Select(p => ClusterNodeProcess.Start(ledger, p, ports.Take(2), folder)));
            // The shared read models' checkpoint, read directly: polling an answer would time the API too.
            using var readModels = StoreLocation.OpenReadModels(ledger);
            await Task.WhenAll(nodes.Skip(1).Select(n => n.Serving(TimeSpan.FromSeconds(120))));
            var (joined, since) = (readModels.Checkpoint(), Stopwatch.StartNew());
            while (readModels.Checkpoint() < last)
            {
                await Task.Delay(200);
            }

            return (clock.Elapsed.TotalSeconds, (joined, since.Elapsed.TotalSeconds));
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    private static void Empty(string ledger) => StoreLocation.DeleteReadModels(ledger);

    private static void Print(string name, ulong events, double seconds, double baseline) =>
        Console.WriteLine($"{name,-12}  {seconds,8:F1} s  {events / seconds,10:N0} events/s  "
            + $"vs one {baseline / seconds,6:P0}");
}
