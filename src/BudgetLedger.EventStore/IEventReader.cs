using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore;

/// <summary>
/// Reads streams and the whole log. Every read returns at most <c>maxCount</c> events: page with the last one read.
/// </summary>
public interface IEventReader
{
    /// <summary>Events of a stream from a revision (inclusive) upwards. An unknown stream reads empty.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount,
        CancellationToken cancellationToken = default);

    /// <summary>Events of a stream from a revision (inclusive; null: the last) downwards.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount,
        CancellationToken cancellationToken = default);

    /// <summary>Events of every stream in commit order, after a position (exclusive; null: from the start).</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Who this log is: an id made when the ledger was created, or, where a store keeps none, one taken from its
    /// first event. Another id at the same address means another log (a file replaced, a server that lost its data).
    /// </summary>
    Task<string> LedgerId(CancellationToken cancellationToken = default);

    /// <summary>Events of every stream, newest first, before a position (exclusive; null: from the end).</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount,
        CancellationToken cancellationToken = default);
}
