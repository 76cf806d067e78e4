namespace BudgetLedger.Checks.Documents;

/// <summary>The documents a check is asked about: a unit (code, ledger id or part of its name) and a year.</summary>
public static class DocumentScope
{
    public static Func<DocumentFigures, bool> Of(string? unit, int? year) => d =>
        (year is null || d.Year == year) && (unit is null || d.UnitId == unit || d.UnitId == $"unit-{unit}"
            || d.UnitName.Contains(unit, StringComparison.Ordinal));
}
