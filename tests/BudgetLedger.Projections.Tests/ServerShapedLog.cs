using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.Projections.Tests;

/// <summary>
/// A log shaped like an EventStoreDB server's: positions are byte offsets with gaps, and the ledger has no id of its
/// own, so its first event stands for it. It holds what it is given: a server that lost data is one given fewer.
/// </summary>
internal sealed class ServerShapedLog(IReadOnlyList<RecordedEvent> events) : IEventReader
{
    private readonly List<RecordedEvent> _events = events
        .Select(e => e with { Position = new GlobalPosition((e.Position.Commit * 1000)
            + 17, (e.Position.Commit * 1000) + 17) }).ToList();

    public static async Task<ServerShapedLog> Of(IEventReader source, int count) =>
        new((await source.ReadAllForwards(null, count)).ToList());

    public Task<string> LedgerId(CancellationToken cancellationToken = default) =>
        Task.FromResult(_events.Count == 0 ? "esdb:empty" : "esdb:" + Convert.ToHexStringLower(_events[0].Hash));

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamForwards(string stream, ulong fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        Page(_events.Where(e => e.Stream == stream && e.StreamRevision >= fromRevision), maxCount);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBackwards(string stream, ulong? fromRevision, int maxCount,
        CancellationToken cancellationToken = default) =>
        Page(_events.Where(e => e.Stream == stream && e.StreamRevision <= (fromRevision
            ?? ulong.MaxValue)).Reverse(), maxCount);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount,
        CancellationToken cancellationToken = default) =>
        Page(_events.Where(e => after is not { } a || e.Position > a), maxCount);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount,
        CancellationToken cancellationToken = default) =>
        Page(_events.Where(e => before is not { } b || e.Position < b).Reverse(), maxCount);

    private static Task<IReadOnlyList<RecordedEvent>> Page(IEnumerable<RecordedEvent> events, int maxCount) =>
        Task.FromResult<IReadOnlyList<RecordedEvent>>(events.Take(maxCount).ToList());
}
