using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.Projections.Tests;

/// <summary>
/// A log whose reads of the whole log fail, as an unreachable server's do; counts how often it was asked.
/// </summary>
internal sealed class FailingLog : IEventReader
{
    public int Reads;

    public Task<string> LedgerId(CancellationToken cancellationToken = default) => Task.FromResult("esdb:empty");

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RecordedEvent>>([]);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RecordedEvent>>([]);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Reads);
        throw new StoreUnavailableException("esdb://127.0.0.1:1: cannot reach the server");
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount,
        CancellationToken cancellationToken = default) =>
        ReadAllForwards(before, maxCount, cancellationToken);
}
