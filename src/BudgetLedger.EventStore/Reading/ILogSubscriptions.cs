using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.Reading;

/// <summary>
/// A store that pushes new events to its readers (EventStoreDB's catch-up subscription to $all): what
/// the log holds after a checkpoint, then each event as it commits. <see cref="CatchUpReader"/> uses it
/// where a store offers it and polls otherwise.
/// </summary>
public interface ILogSubscriptions
{
    IAsyncEnumerable<RecordedEvent> SubscribeToAll(GlobalPosition? after, CancellationToken cancellationToken);
}
