using BudgetLedger.Domain.Events;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Actors;

/// <summary>
/// One unit's share of a batch folded into its view: the view after it, with what the commit writes (the years it
/// changed, serialized; its trace facts; its tables as published). An event at or before the view's last position is
/// a redelivery and is skipped. The same fold for the actors of one process and the sharded ones of a cluster.
/// </summary>
public static class UnitFold
{
    public static UnitApplied Apply(UnitView view, IEnumerable<PositionedEvent> events)
    {
        var before = view.Years;
        var (facts, tables) = (new List<StoredTraceFact>(), new Dictionary<int, List<PositionedTable>>());
        foreach (var e in events.Where(e => e.Position > view.LastPosition))
        {
            view = UnitViewProjection.Apply(view, e.Event, e.EventId) with { LastPosition = e.Position };
            facts.AddRange(TraceFacts.Of(e.Position, e.Event).Select(f => new StoredTraceFact(view.UnitId, f,
                ReadModelStore.Serialize(f), e.Metadata ?? [])));
            if (e.Event is TablePublished t)
            {
                (tables.TryGetValue(t.FiscalYear.Value, out var list) ? list : tables[t.FiscalYear.Value] = [])
                    .Add(new PositionedTable(e.Position, t.DocumentSha256, t.Ordinal));
            }
        }

        var changed = view.Years.Where(y => !ReferenceEquals(before.GetValueOrDefault(y.Key), y.Value))
            .ToDictionary(y => y.Key, y => ReadModelStore.Serialize(y.Value));
        // The tables are stored one by one as they come; the view does not keep them.
        view = view with { Years = view.Years.SetItems(view.Years.Where(y => y.Value.PublishedTables.Count > 0)
            .Select(y => KeyValuePair.Create(y.Key, y.Value with { PublishedTables = [] }))) };
        return new UnitApplied(view, changed, facts, tables.Select(y => new StoredTables(view.UnitId, y.Key,
            y.Value[0].Position, ReadModelStore.Serialize(y.Value))).ToList());
    }
}
