using System.Collections.Concurrent;
using System.Reflection;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Units;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>Which units' views an event concerns: its unit, or both ends of a transfer. None: no unit view changes.</summary>
public static class UnitRouting
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> UnitProperty = new();

    public static IReadOnlyList<string> UnitsOf(IBudgetEvent e) => e switch
    {
        FunctionTransferred t => [t.FromUnit.Value, t.ToUnit.Value],
        UnitRenamed { SuccessorId: { } successor } r when successor != r.UnitId => [r.UnitId.Value, successor.Value],
        EventReversed r => r.Units?.Select(u => u.Value).ToList() ?? [],
        _ => UnitProperty.GetOrAdd(e.GetType(), t => t.GetProperty("UnitId", typeof(UnitId)))?.GetValue(e) is UnitId id ? [id.Value] : [],
    };
}
