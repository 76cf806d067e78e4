using Akka.Actor;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Projections.Actors;

/// <summary>One child actor per unit, made with its stored view; replaced by fresh ones on a reset.</summary>
public sealed class LocalUnits(IUntypedActorContext context, ReadModelStore readModels) : IUnitRoute
{
    private Dictionary<string, IActorRef> _units = new(StringComparer.Ordinal);
    private int _generation;

    public bool NeedsCommitFirst(IEnumerable<string> units) => units.Any(u => !_units.ContainsKey(u));

    public Task<UnitApplied> Apply(string unit, IReadOnlyList<PositionedEvent> events, TimeSpan timeout) =>
        ActorFor(unit).Ask<UnitApplied>(new ApplyEvents(events), timeout);

    public void Reset()
    {
        foreach (var actor in _units.Values)
        {
            context.Stop(actor);
        }

        (_units, _generation) = (new Dictionary<string, IActorRef>(StringComparer.Ordinal), _generation + 1);
    }

    private IActorRef ActorFor(string unitId)
    {
        if (!_units.TryGetValue(unitId, out var actor))
        {
            actor = context.ActorOf(UnitActor.Props(readModels.Unit(unitId) ?? new UnitView(unitId)),
                $"{unitId}.{_generation}");
            _units[unitId] = actor;
        }

        return actor;
    }
}
