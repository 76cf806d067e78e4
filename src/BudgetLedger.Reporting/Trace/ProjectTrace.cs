using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Trace;

/// <summary>
/// Follows a project, by a normalised name or a recorded alias, through the trace facts: across a unit's renames and
/// into the units a transfer moved it to. A year without the project's figure may be derived from the next year's
/// statement of its change.
/// </summary>
internal sealed class ProjectTrace(ReadModelStore store, string project)
{
    private readonly LedgerFacts _ledger = new(store);
    private readonly IReadOnlyList<DirectoryFact> _aliases = store.Directory(DirectoryFactKind.AliasRecorded);

    public TraceView Build(string? unitId, int from, int to)
    {
        var names = new ProjectNames(_aliases.Select(a => new AliasFigure(Guid.Empty, a.Name, a.Aliases)));
        var keys = _aliases.Where(a => a.Aliases.Append(a.Name).Contains(project)).SelectMany(a => a.Aliases
            .Append(a.Name)).Append(project).Select(ProjectNames.Key).ToHashSet(StringComparer.Ordinal);
        var facts = store.ProjectFacts(keys, unitId is null ? null : _ledger.Body(unitId))
            .Where(f => names.Match(project, f.Fact.Project!) is not null).ToList();
        var units = unitId is null ? Holding(facts, names) : _ledger.Body(unitId);
        var added = facts.Where(f => f.Fact.Kind == TraceFactKind.Transferred && units.Contains(f.Fact.FromUnit!))
            .Select(f => f.Fact.ToUnit!).Where(u => !units.Contains(u)).ToList();
        units.UnionWith(added);
        if (unitId is not null && added.Count > 0)
        {
            facts = facts.Concat(store.ProjectFacts(keys, added.Distinct().ToList())
                .Where(f => names.Match(project, f.Fact.Project!) is not null))
                .OrderBy(f => f.Fact.Position).ThenBy(f => f.Fact.Ordinal).ToList();
        }

        var steps = Steps(facts, units, names, to);
        var years = Enumerable.Range(from, to - from + 1).Select(year => Year(year, steps, units)).ToList();
        return new TraceView(project, units.Select(u => _ledger.Name(u, to)).ToList(), years,
            steps.Where(s => s.Year >= from && s.Year <= to || s.Step is TraceStepKind.AliasRecorded
                or TraceStepKind.Renamed).ToList());
    }

    /// <summary>Without a unit: the units whose facts name the project, each with the ids its renames join.</summary>
    private HashSet<string> Holding(List<UnitTraceFact> facts, ProjectNames names) =>
        facts.Where(f => f.Fact.Kind != TraceFactKind.Transferred).Select(f => (f.Fact.Position, Unit: f.UnitId))
            .Concat(_aliases.Where(a => names.Match(project, a.Name) is not null).Select(a => (a.Position,
                Unit: a.UnitId)))
            .OrderBy(u => u.Position).Select(u => u.Unit).Distinct().SelectMany(_ledger.Body)
            .ToHashSet(StringComparer.Ordinal);

    private List<TraceStep> Steps(List<UnitTraceFact> facts, HashSet<string> units, ProjectNames names, int to)
    {
        var fromFacts = facts.Where(f => Concerns(f, units)).GroupBy(f => f.Fact.Position)
            .Select(g => (Position: g.Key, Step: Step(g.OrderBy(f => f.Fact.Ordinal).First(), names)));
        var renames = _ledger.Renames.Where(r => units.Contains(r.UnitId)).Select(r => (r.Position,
            Step: TraceStep.Of(TraceStepKind.Renamed, r.Position, r.Year, r.Name, $"{r.Name} → {r.NewName}", null,
            _ledger.Describe(r.Metadata))));
        var aliases = _aliases.Where(a => names.Match(project, a.Name) is not null).Select(a => (a.Position,
            Step: TraceStep.Of(TraceStepKind.AliasRecorded, a.Position, _ledger.FirstYear(a.UnitId),
            _ledger.Name(a.UnitId, to), $"{a.Name} = {string.Join("、", a.Aliases)}", null,
            _ledger.Describe(a.Metadata))));
        return fromFacts.Concat(renames).Concat(aliases).OrderBy(s => s.Position).Select(s => s.Step).ToList();
    }

    private static bool Concerns(UnitTraceFact f, HashSet<string> units) => f.Fact.Kind == TraceFactKind.Transferred
        ? units.Contains(f.Fact.FromUnit!) || units.Contains(f.Fact.ToUnit!)
        : units.Contains(f.UnitId) && (f.Fact.Kind != TraceFactKind.TargetsFunds || f.Fact.Amount is not null);

    private TraceStep Step(UnitTraceFact f, ProjectNames names)
    {
        var (fact, provenance) = (f.Fact, _ledger.Describe(f.Metadata));
        var match = Shown(names.Match(project, fact.Project!)!);
        if (fact.Kind == TraceFactKind.Transferred)
        {
            var (source, target) = (_ledger.Name(fact.FromUnit!, fact.Year), _ledger.Name(fact.ToUnit!, fact.Year));
            return TraceStep.Of(TraceStepKind.Transferred, fact.Position, fact.Year, source, $"{fact.Function}: "
                + $"{fact.Text} {fact.Amount:F2} 自 {source} 划至 {target}", fact.Amount, provenance, match);
        }

        var kind = fact.Kind switch
        {
            TraceFactKind.ProjectBudgeted => TraceStepKind.Budgeted,
            TraceFactKind.ProjectCarriedOver => TraceStepKind.CarriedOver,
            TraceFactKind.TargetsFunds => TraceStepKind.TargetsFunds,
            TraceFactKind.SelfEvaluated => TraceStepKind.SelfEvaluated,
            _ => TraceStepKind.ReasonStated,
        };
        return TraceStep.Of(kind, fact.Position, fact.Year, _ledger.Name(f.UnitId, fact.Year), fact.Text,
            fact.Amount, provenance, match);
    }

    private TraceYear Year(int year, List<TraceStep> steps, HashSet<string> units)
    {
        var budget = steps.Where(s => s.Year == year && s.Step.IsBudget()).ToList();
        if (budget.Count == 0)
        {
            budget = steps.Where(s => s.Year == year && s.Step == TraceStepKind.TargetsFunds).ToList();
        }

        if (budget.Count > 0)
        {
            return new TraceYear(year, budget[0].Unit, budget.Sum(s => s.Amount), "disclosed",
                string.Join("; ", budget.Select(s => s.Provenance).Distinct()));
        }

        var next = steps.Where(s => s.Year == year + 1 && s.Step == TraceStepKind.ReasonStated).ToList();
        if (next.Count > 0 && _ledger.Disclosing(units, year + 1).Count > 0)
        {
            var nextBudget = steps.Where(s => s.Year == year + 1 && s.Step.IsBudget()).Sum(s => s.Amount ?? 0m);
            var stated = next.Sum(s => s.Amount ?? 0m);
            return new TraceYear(year, next[0].Unit, nextBudget - stated, "derived", $"由{year + 1}年情况说明推算: "
                + $"{year + 1}年 {nextBudget:F2} {(stated < 0 ? "+" : "−")} {Math.Abs(stated):F2}; "
                + $"{next[0].Provenance}");
        }

        var disclosing = _ledger.Disclosing(units, year);
        return disclosing.Count > 0
            ? new TraceYear(year, _ledger.Name(disclosing[0], year), null, "absent", $"{year}年公开文件中无此项目")
            : new TraceYear(year, null, null, "missing", $"账本中无{year}年公开文件");
    }

    private static string? Shown(string match) => match == "同名" ? null : match;
}
