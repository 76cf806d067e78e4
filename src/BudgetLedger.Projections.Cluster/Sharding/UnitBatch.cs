using BudgetLedger.Projections.Actors;

namespace BudgetLedger.Projections.Cluster.Sharding;

/// <summary>
/// To a unit's sharded actor: fold these events. <see cref="Epoch"/> names the subscription's run: a new one (another
/// node took over, or a step failed) makes the actor read its view as stored before folding.
/// </summary>
public sealed record UnitBatch(string UnitId, Guid Epoch, IReadOnlyList<PositionedEvent> Events);
