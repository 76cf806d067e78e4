using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Exports;

/// <summary>
/// What an export is made of: the units in scope in unit-id order, each holding only the years in scope, with those
/// years' tables as published read from the log.
/// </summary>
public sealed record ExportInput(IReadOnlyList<UnitView> Units)
{
    /// <summary>Every (unit, year) of the input, in unit then year order.</summary>
    public IEnumerable<(UnitView Unit, int Year, YearView View)> UnitYears() =>
        Units.SelectMany(u => u.Years.Select(y => (u, y.Key, y.Value)));
}
