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
        var facts = new List<StoredTraceFact>();
        foreach (var e in batch.Events.Where(e => e.Position > _view.LastPosition))
        {
            _view = UnitViewProjection.Apply(_view, e.Event, e.EventId) with { LastPosition = e.Position };
            facts.AddRange(TraceFacts.Of(e.Position, e.Event).Select(f => new StoredTraceFact(_view.UnitId, f,
                ReadModelStore.Serialize(f), e.Metadata ?? [])));
        }

        var changed = _view.Years.Where(y => !ReferenceEquals(before.GetValueOrDefault(y.Key), y.Value))
            .ToDictionary(y => y.Key, y => ReadModelStore.Serialize(y.Value, before.GetValueOrDefault(y.Key)));
        Sender.Tell(new UnitApplied(_view, changed, facts));
    }
}
