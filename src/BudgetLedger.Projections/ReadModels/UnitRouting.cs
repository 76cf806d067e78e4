using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>Which units' views an event concerns, as the event names them. None: no unit view changes.</summary>
public static class UnitRouting
{
    public static IReadOnlyList<string> UnitsOf(IBudgetEvent e) =>
        e is IUnitEvent u ? u.ConcernedUnits().Select(id => id.Value).ToList() : [];
}
