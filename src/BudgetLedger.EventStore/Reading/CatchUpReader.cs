using System.Runtime.CompilerServices;
using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.Reading;

/// <summary>
/// Follows the log from a checkpoint: reads what is there, then polls for what comes (or, on a store
/// with <see cref="ILogSubscriptions"/>, subscribes). Relies on the
/// store's promise that positions increase in commit order, so nothing committed is ever behind the reader.
/// </summary>
public sealed class CatchUpReader(IEventReader reader, TimeSpan pollInterval, int pageSize = 1024)
{
    public async IAsyncEnumerable<RecordedEvent> Follow(GlobalPosition? checkpoint,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (reader is ILogSubscriptions subscriptions)
        {
            await foreach (var pushed in subscriptions.SubscribeToAll(checkpoint, cancellationToken))
            {
                yield return pushed;
            }

            yield break;
        }

        var after = checkpoint;
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await reader.ReadAllForwards(after, pageSize, cancellationToken);
            foreach (var e in page)
            {
                yield return e;
                after = e.Position;
            }

            if (page.Count < pageSize)
            {
                try
                {
                    await Task.Delay(pollInterval, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }
        }
    }
}
