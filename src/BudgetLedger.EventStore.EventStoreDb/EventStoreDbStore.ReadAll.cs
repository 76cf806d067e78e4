using BudgetLedger.EventStore.EventStoreDb.Cluster;
using BudgetLedger.EventStore.EventStoreDb.Protocol;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.EventStoreDb;

public sealed partial class EventStoreDbStore
{
    public async Task<IReadOnlyList<RecordedEvent>> ReadAllForwards(GlobalPosition? after, int maxCount,
        CancellationToken cancellationToken = default) =>
        await _calls.Run(forWrites: false, node => ReadAll(node, after, forwards: true, maxCount, cancellationToken),
            cancellationToken);

    /// <summary>
    /// A server keeps no id for a ledger: its first event stands for it (a server that lost its data has another, or
    /// none).
    /// </summary>
    public async Task<string> LedgerId(CancellationToken cancellationToken = default) =>
        (await ReadAllForwards(null, 1, cancellationToken)) is [var first]
            ? $"esdb:{Convert.ToHexStringLower(first.Hash)}"
            : "esdb:empty";

    public async Task<IReadOnlyList<RecordedEvent>> ReadAllBackwards(GlobalPosition? before, int maxCount,
        CancellationToken cancellationToken = default) =>
        await _calls.Run(forWrites: false, node => ReadAll(node, before, forwards: false, maxCount,
            cancellationToken), cancellationToken);

    /// <summary>
    /// $all holds the server's own events and other ledgers' too: the server filters it to this ledger's streams, page
    /// by page.
    /// </summary>
    private async Task<IReadOnlyList<RecordedEvent>> ReadAll(Node node, GlobalPosition? from, bool forwards,
        int maxCount, CancellationToken cancellationToken)
    {
        var kept = new List<RecordedEvent>();
        var cursor = from;
        while (kept.Count < maxCount)
        {
            var all = new ReadReq.Types.Options.Types.AllOptions();
            if (cursor is { } p)
            {
                all.Position = new ReadReq.Types.Options.Types.Position { CommitPosition = p.Commit,
                    PreparePosition = p.Prepare };
            }
            else if (forwards)
            {
                all.Start = new Empty();
            }
            else
            {
                all.End = new Empty();
            }

            var page = await Read(node, new ReadReq.Types.Options { All = all, Filter = _ownStreams }, forwards,
                Math.Clamp(maxCount, PageSize, 4096), cancellationToken);
            var fresh = page.Where(e => cursor is not { } c || (forwards ? e.Position > c : e.Position < c)).ToList();
            kept.AddRange(fresh.Take(maxCount - kept.Count));
            if (page.Count < Math.Clamp(maxCount, PageSize, 4096) || fresh.Count == 0)
            {
                break;
            }

            cursor = fresh[^1].Position;
        }

        return kept;
    }
}
