using BudgetLedger.Projections.Storage;
using BudgetLedger.Reporting.Trace;
using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Page;

/// <summary>
/// The unit's projects over its held years, each traced once: names the ledger matches (a drifted name, a recorded
/// alias) are one project.
/// </summary>
internal static class ProjectTraces
{
    public static IReadOnlyList<TraceView> Of(ReadModelStore store, UnitYears unit)
    {
        if (unit.Held.Count == 0)
        {
            return [];
        }

        var names = new ProjectNames(unit.Body.Aliases);
        var projects = new List<string>();
        foreach (var name in unit.Held.SelectMany(h => VarianceAnalysis.Amounts(h.Figures).Keys
            .Concat(h.Figures.Evaluations.Select(e => e.Project))))
        {
            if (!projects.Any(p => names.Match(p, name) is not null))
            {
                projects.Add(name);
            }
        }

        var (from, to) = (unit.Held[0].Year, unit.Held[^1].Year);
        return projects.Select(p => TraceAnalysis.Project(store, p, unit.Body.Latest.UnitId, from, to)).ToList();
    }
}
