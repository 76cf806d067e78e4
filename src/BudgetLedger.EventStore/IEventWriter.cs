using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.EventStore;

/// <summary>Appends batches atomically: the whole batch or nothing, under an expected revision.</summary>
public interface IEventWriter
{
    /// <exception cref="WrongExpectedRevisionException">the stream is not at the expected revision</exception>
    /// <exception cref="EventIdConflictException">an id is already stored with other content</exception>
    Task<AppendResult> Append(string stream, ExpectedRevision expectedRevision, IReadOnlyList<EventData> events,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Several streams in one atomic write, each under its own expected revision. Only where
    /// <see cref="StoreCapabilities.MultiStreamAppend"/> holds; otherwise <see cref="NotSupportedException"/>.
    /// </summary>
    Task<IReadOnlyList<AppendResult>> AppendMultiple(IReadOnlyList<StreamAppend> appends,
        CancellationToken cancellationToken = default);
}
