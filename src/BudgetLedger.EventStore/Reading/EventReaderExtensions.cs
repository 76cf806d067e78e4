using System.Runtime.CompilerServices;
using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.Reading;

public static class EventReaderExtensions
{
    /// <summary>The whole log (or everything after a position), page by page.</summary>
    public static async IAsyncEnumerable<RecordedEvent> ReadAll(this IEventReader reader, int pageSize = 4096,
        [EnumeratorCancellation] CancellationToken cancellationToken = default, GlobalPosition? after = null)
    {
        while (true)
        {
            var page = await reader.ReadAllForwards(after, pageSize, cancellationToken);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            after = page[^1].Position;
        }
    }

    /// <summary>A whole stream, oldest first.</summary>
    public static async IAsyncEnumerable<RecordedEvent> ReadStream(this IEventReader reader, string stream,
        int pageSize = 4096, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ulong from = 0;
        while (true)
        {
            var page = await reader.ReadStreamForwards(stream, from, pageSize, cancellationToken);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            from = page[^1].StreamRevision + 1;
        }
    }

    /// <summary>The last event of the log, if any.</summary>
    public static async Task<RecordedEvent?> ReadLast(this IEventReader reader,
        CancellationToken cancellationToken = default) =>
        (await reader.ReadAllBackwards(null, 1, cancellationToken)).SingleOrDefault();
}
