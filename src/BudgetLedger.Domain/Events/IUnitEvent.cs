using BudgetLedger.Domain.Units;

namespace BudgetLedger.Domain.Events;

/// <summary>An event about units: it names the ones it concerns (their views change with it).</summary>
public interface IUnitEvent : IBudgetEvent
{
    IReadOnlyList<UnitId> ConcernedUnits();
}

/// <summary>An event about one unit.</summary>
public interface ISingleUnitEvent : IUnitEvent
{
    UnitId UnitId { get; }

    IReadOnlyList<UnitId> IUnitEvent.ConcernedUnits() => [UnitId];
}
