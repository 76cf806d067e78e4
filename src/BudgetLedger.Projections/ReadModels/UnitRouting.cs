using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>Which units' views an event concerns: its unit, or both ends of a transfer. None: no unit view changes.</summary>
public static class UnitRouting
{
    public static IReadOnlyList<string> UnitsOf(IBudgetEvent e) => e switch
    {
        FunctionTransferred t => [t.FromUnit.Value, t.ToUnit.Value],
        _ => e.GetType().GetProperty("UnitId")?.GetValue(e) is Domain.Units.UnitId id ? [id.Value] : [],
    };
}
