using System.Text;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.Stress;

/// <summary>Appends random batches until killed; prints "ACK batch" only after the append has returned.</summary>
public static class BatchWriter
{
    public static async Task<int> Run(Arguments arguments)
    {
        var prefix = arguments.Get("prefix");
        var streams = arguments.GetInt("streams", 4);
        var random = new Random(arguments.GetInt("seed", Environment.ProcessId));
        await using var store = SqliteEventStore.Open(arguments.Get("store"));
        var output = Console.Out;
        output.WriteLine("READY");
        output.Flush();
        for (var n = 0; ; n++)
        {
            var batch = $"{prefix}-{n}";
            var size = random.Next(1, 21);
            var events = Enumerable.Range(0, size)
                .Select(i => new EventData(Guid.NewGuid(), "V1.StressLine",
                    Encoding.UTF8.GetBytes($"{{\"line\":{i},\"amountWanYuan\":\"{random.Next(1, 100_000)}"
                        + $".{random.Next(0, 100):00}\"}}"),
                    BatchMarker.For(batch, size, i)))
                .ToList();
            await store.Append($"unit-{random.Next(streams)}", ExpectedRevision.Any, events);
            output.WriteLine($"ACK {batch}");
            output.Flush();
        }
    }
}
