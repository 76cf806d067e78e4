using System.Text;
using BudgetLedger.EventStore;
using BudgetLedger.Projections.Log;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Reporting.Rendering;
using BudgetLedger.Reporting.Reports;
using BudgetLedger.Reporting.Trace;
using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Cli.Tests.Cluster;

/// <summary>
/// Every answer the read models give, as one text: each unit's budget, final accounts and findings for each of its
/// years, its variance over its years, the trace of each functional class it prints and of each project by name;
/// the tables as published (read from the log at the positions the read models keep) for every
/// <see cref="PublishedEvery"/>th unit, since each table is a read of the log.
/// </summary>
internal static class AnswerSnapshot
{
    private const int PublishedEvery = 10;

    public static async Task<string> Of(IEventReader log, ReadModelStore store)
    {
        var text = new StringBuilder();
        var projects = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (unit, index) in store.Units().Select((u, i) => (u, i)))
        {
            var years = unit.Years.Keys.Order().ToList();
            foreach (var year in years)
            {
                if (index % PublishedEvery == 0)
                {
                    Add(text, $"{unit.UnitId} {year} published",
                        PublishedReport.Build(await TablesAsPublished.Read(log, store, unit, year), year));
                }

                Add(text, $"{unit.UnitId} {year} budget", BudgetReport.Build(unit, year));
                Add(text, $"{unit.UnitId} {year} final accounts", FinalAccountsReport.Build(unit, year));
                Add(text, $"{unit.UnitId} {year} findings", FindingsReport.Build(unit, year));
            }

            if (years.Count == 0)
            {
                continue;
            }

            var (from, to) = (years[0], years[^1]);
            Add(text, $"{unit.UnitId} variance", VarianceAnalysis.Build(unit.UnitId, from, to, store.Unit));
            var facts = store.LineFacts([unit.UnitId], "");
            var classes = facts.Select(f => f.Fact.Code).OfType<string>().Select(c => c[..Math.Min(3, c.Length)]);
            foreach (var code in classes.Distinct().Order(StringComparer.Ordinal))
            {
                Add(text, $"{unit.UnitId} trace {code}", TraceAnalysis.Line(store, code, unit.UnitId, from, to));
            }

            projects.UnionWith(unit.Years.Values.SelectMany(y => y.Projects).Select(p => p.Name));
        }

        foreach (var project in projects)
        {
            Add(text, $"trace {project}", TraceAnalysis.Project(store, project, null, 2000, 2030));
        }

        return text.ToString();
    }

    private static void Add(StringBuilder text, string what, object answer) =>
        text.Append(what).Append(": ").AppendLine(AnswerJson.Compact(answer));
}
