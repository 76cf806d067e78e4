using BudgetLedger.EventStore;
using BudgetLedger.Projections.Log;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Page;

/// <summary>A unit's body across renames and each year a disclosure of it is held, tables as published.</summary>
public sealed record UnitYears(UnitBody Body, IReadOnlyList<HeldYear> Held)
{
    public string Name => Body.Latest.Name ?? Body.Latest.UnitId;

    public static async Task<UnitYears> Read(IEventReader ledger, ReadModelStore store, UnitView view,
        CancellationToken cancellationToken)
    {
        var body = UnitBody.Of(view.UnitId, store.Unit);
        var held = new List<HeldYear>();
        foreach (var year in body.Views.SelectMany(v => v.Years.Keys).Distinct().Order())
        {
            if (body.Disclosed(year) is var (unit, _))
            {
                var shown = await TablesAsPublished.Read(ledger, store, unit, year, cancellationToken);
                held.Add(new HeldYear(year, shown, shown.Year(year)));
            }
        }

        return new UnitYears(body, held);
    }

    /// <summary>
    /// Each held year against the one held before it and, where the year before it is not held but within the
    /// ledger's years, against that year too (as the unit's own statement of the change derives it).
    /// </summary>
    public IEnumerable<(int From, int To)> VariancePairs(IReadOnlyCollection<int> ledgerYears)
    {
        var first = ledgerYears.DefaultIfEmpty().Min();
        var years = Held.Select(h => h.Year).ToList();
        for (var i = 0; i < years.Count; i++)
        {
            if (i > 0)
            {
                yield return (years[i - 1], years[i]);
            }

            if (years[i] - 1 >= first && !years.Contains(years[i] - 1))
            {
                yield return (years[i] - 1, years[i]);
            }
        }
    }
}

/// <param name="Unit">the unit (one name of the body) whose disclosure of the year is held</param>
public sealed record HeldYear(int Year, UnitView Unit, YearView Figures)
{
    /// <summary>Whether a budget is held for the year (final accounts alone state no budget total).</summary>
    public bool HasBudget => Figures.Appropriations.Count > 0 || Figures.Carryovers.Count > 0;
}
