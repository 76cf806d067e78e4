using System.Text;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.Stress;

/// <summary>One of several processes released at the same instant to create the same stream.</summary>
public static class RaceWriter
{
    public static async Task<int> Run(Arguments arguments)
    {
        await using var store = SqliteEventStore.Open(arguments.Get("store"));
        var stream = arguments.Get("stream");
        var goAt = DateTimeOffset.FromUnixTimeMilliseconds(arguments.GetLong("go-at"));
        while (DateTimeOffset.UtcNow < goAt)
        {
            Thread.SpinWait(100);
        }

        try
        {
            var e = new EventData(Guid.NewGuid(), "V1.RaceEntry",
                Encoding.UTF8.GetBytes($"{{\"pid\":{Environment.ProcessId}}}"), "{}"u8.ToArray());
            await store.Append(stream, ExpectedRevision.NoStream, [e]);
            Console.WriteLine("won");
        }
        catch (WrongExpectedRevisionException)
        {
            Console.WriteLine("lost");
        }

        return 0;
    }
}
