using System.Text;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.PostgreSql;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.Stress;

/// <summary>
/// One of several writer processes racing a catch-up reader: N random batches (1 to 3 events, one or two streams)
/// appended as fast as they go, then "done".
/// </summary>
public static class RacingAppends
{
    public static async Task<int> Run(Arguments arguments)
    {
        var location = arguments.Get("store");
        await using IEventStore store = PostgreSqlConnection.IsConnectionString(location)
            ? PostgreSqlEventStore.Connect(location) : SqliteEventStore.Open(location);
        var prefix = arguments.Get("prefix");
        var random = new Random(arguments.GetInt("seed", 1));
        for (var batch = 0; batch < arguments.GetInt("batches", 100); batch++)
        {
            var streams = Enumerable.Range(0, random.Next(1, 3)).Select(i => $"{prefix}-{batch}-{i}").ToList();
            var appends = streams.Select(s => new StreamAppend(s, ExpectedRevision.NoStream,
                Enumerable.Range(0, random.Next(1, 4)).Select(n => Event(s, n)).ToList())).ToList();
            await store.AppendMultiple(appends);
        }

        Console.WriteLine("done");
        return 0;
    }

    private static EventData Event(string stream, int n) => new(Guid.NewGuid(), "V1.RaceEntry",
        Encoding.UTF8.GetBytes($"{{\"stream\":\"{stream}\",\"n\":{n}}}"), "{}"u8.ToArray());
}
