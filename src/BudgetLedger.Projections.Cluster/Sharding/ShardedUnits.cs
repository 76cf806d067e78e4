using Akka.Actor;
using BudgetLedger.Projections.Actors;

namespace BudgetLedger.Projections.Cluster.Sharding;

/// <summary>
/// The units' actors are the cluster's shards. Each batch waits for the one before it to be committed, since an
/// actor may start (or move) at any time and then reads its view as stored.
/// </summary>
public sealed class ShardedUnits(IActorRef region) : IUnitRoute
{
    private Guid _epoch = Guid.NewGuid();

    public bool NeedsCommitFirst(IEnumerable<string> units) => true;

    public Task<UnitApplied> Apply(string unit, IReadOnlyList<PositionedEvent> events, TimeSpan timeout) =>
        region.Ask<UnitApplied>(new UnitBatch(unit, _epoch, events), timeout);

    public void Reset() => _epoch = Guid.NewGuid();
}
