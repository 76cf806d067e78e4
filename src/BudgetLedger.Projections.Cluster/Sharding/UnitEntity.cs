using Akka.Actor;
using BudgetLedger.Projections.Actors;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Cluster.Sharding;

/// <summary>
/// A unit's actor on whichever node its shard lives: its view is read from the shared read models when it starts
/// and whenever the subscription's epoch changes, so a unit moved to another node goes on from what was committed.
/// </summary>
public sealed class UnitEntity : ReceiveActor
{
    private readonly Func<string, UnitView?> _stored;
    private UnitView? _view;
    private Guid _epoch;

    public UnitEntity(Func<string, UnitView?> stored)
    {
        _stored = stored;
        Receive<UnitBatch>(Apply);
    }

    public static Props Props(Func<string, UnitView?> stored) => Akka.Actor.Props.Create(() => new UnitEntity(stored));

    private void Apply(UnitBatch batch)
    {
        try
        {
            if (_view is null || batch.Epoch != _epoch)
            {
                (_view, _epoch) = (_stored(batch.UnitId) ?? new UnitView(batch.UnitId), batch.Epoch);
            }

            var applied = UnitFold.Apply(_view, batch.Events);
            _view = applied.View;
            Sender.Tell(applied);
        }
        catch (Exception ex)
        {
            _view = null;
            Sender.Tell(new Status.Failure(new InvalidOperationException($"unit {batch.UnitId}: {ex.Message}")));
        }
    }
}
