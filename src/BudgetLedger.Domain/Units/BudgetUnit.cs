using System.Collections.Immutable;
using BudgetLedger.Domain.Events;

namespace BudgetLedger.Domain.Units;

/// <summary>
/// 单位: a budget unit folded from its events. A rename adds to its lineage and keeps its identity.
/// </summary>
public sealed record BudgetUnit(UnitId Id, SupervisingDepartment? SupervisingDepartment, ImmutableList<UnitName> Lineage)
{
    public string Name => Lineage[^1].Name;

    public string? Code => Lineage[^1].Code;

    public static BudgetUnit Register(UnitRegistered registered) =>
        new(registered.UnitId, registered.SupervisingDepartment, [new UnitName(registered.Name, registered.Code, registered.FiscalYear)]);

    public BudgetUnit Apply(UnitRenamed renamed) =>
        renamed.UnitId != Id
            ? throw new InvalidOperationException($"event for unit {renamed.UnitId} applied to unit {Id}")
            : this with { Lineage = Lineage.Add(new UnitName(renamed.NewName, renamed.NewCode ?? Code, renamed.FiscalYear)) };

    /// <summary>Was this unit ever known by that name (or code)?</summary>
    public bool WasKnownAs(string nameOrCode) => Lineage.Any(n => n.Name == nameOrCode || n.Code == nameOrCode);
}
