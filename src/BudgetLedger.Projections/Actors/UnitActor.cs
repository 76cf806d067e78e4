using Akka.Actor;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Actors;

/// <summary>Holds one unit's view and folds the events routed to it (<see cref="UnitFold"/>).</summary>
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
        var applied = UnitFold.Apply(_view, batch.Events);
        _view = applied.View;
        Sender.Tell(applied);
    }
}
