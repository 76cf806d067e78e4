using BudgetLedger.Domain.Events;
using Akka.Actor;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Actors;

/// <summary>
/// Holds one unit's view and folds the events routed to it. An event at or before the view's last position is a
/// redelivery and is skipped.
/// </summary>
public sealed class UnitActor : ReceiveActor
{
    private UnitView _view;

    public UnitActor(UnitView view)
    {
        _view = view;
        Receive<ApplyEvents>(Apply);
    }

    public static Props Props(UnitView view) => Akka.Actor.Props.Create(() => new UnitActor(view));

    /// <summary>
    /// A fold that throws answers with the failure (the asker stops), instead of restarting the actor unanswered.
    /// </summary>
    private void Apply(ApplyEvents batch)
    {
        try
        {
            Fold(batch);
        }
        catch (Exception ex)
        {
            Sender.Tell(new Status.Failure(new InvalidOperationException($"unit {_view.UnitId}: {ex.Message}", ex)));
        }
    }

    private void Fold(ApplyEvents batch)
    {
        var before = _view.Years;
        var (facts, tables) = (new List<StoredTraceFact>(), new Dictionary<int, List<PositionedTable>>());
        foreach (var e in batch.Events.Where(e => e.Position > _view.LastPosition))
        {
            _view = UnitViewProjection.Apply(_view, e.Event, e.EventId) with { LastPosition = e.Position };
            facts.AddRange(TraceFacts.Of(e.Position, e.Event).Select(f => new StoredTraceFact(_view.UnitId, f,
                ReadModelStore.Serialize(f), e.Metadata ?? [])));
            if (e.Event is TablePublished t)
            {
                (tables.TryGetValue(t.FiscalYear.Value, out var list) ? list : tables[t.FiscalYear.Value] = [])
                    .Add(new PositionedTable(e.Position, t.DocumentSha256, t.Ordinal));
            }
        }

        var changed = _view.Years.Where(y => !ReferenceEquals(before.GetValueOrDefault(y.Key), y.Value))
            .ToDictionary(y => y.Key, y => ReadModelStore.Serialize(y.Value));
        // The tables are stored one by one as they come; the actor does not keep them.
        _view = _view with { Years = _view.Years.SetItems(_view.Years.Where(y => y.Value.PublishedTables.Count > 0)
            .Select(y => KeyValuePair.Create(y.Key, y.Value with { PublishedTables = [] }))) };
        Sender.Tell(new UnitApplied(_view, changed, facts, tables.Select(y => new StoredTables(_view.UnitId, y.Key,
            y.Value[0].Position, ReadModelStore.Serialize(y.Value))).ToList()));
    }
}
