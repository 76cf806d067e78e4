using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Units;

/// <summary>A unit named by its code, its ledger id or (part of) its name; one match, or why not.</summary>
public static class UnitSearch
{
    public static IReadOnlyList<UnitView> Matching(IReadOnlyList<UnitView> units, string wanted) =>
        units.Where(u => u.UnitId == wanted || u.Code == wanted
            || (u.Name?.Contains(wanted, StringComparison.Ordinal) ?? false)).ToList();

    /// <summary>The one unit the reference names, or the message saying why there is not one.</summary>
    public static (UnitView? Unit, string? Refusal) One(IReadOnlyList<UnitView> units, string wanted, string? asOf)
    {
        var matches = Matching(units, wanted);
        return matches.Count == 1 ? (matches[0], null)
            : (null, matches.Count == 0
                ? $"no unit matches '{wanted}'{(asOf is { } a ? $" as of {a}" : "")}. Units: {List(units)}"
                : $"'{wanted}' matches {matches.Count} units: {List(matches)}");
    }

    private static string List(IEnumerable<UnitView> units) =>
        string.Join("; ", units.Select(u => $"{u.Code ?? u.UnitId} {u.Name}"));
}
