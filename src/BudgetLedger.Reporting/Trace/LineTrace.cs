using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Projections.Storage;

namespace BudgetLedger.Reporting.Trace;

/// <summary>
/// Follows a functional class line (and every line under it) of a unit through its renames and transfers.
/// </summary>
internal sealed class LineTrace(ReadModelStore store)
{
    private readonly LedgerFacts _ledger = new(store);

    public TraceView Build(string code, string unitId, int from, int to)
    {
        var units = _ledger.Body(unitId);
        var facts = store.LineFacts(units, code).DistinctBy(f => (f.Fact.Position, f.Fact.Ordinal))
            .Select(f => (f.Fact.Position, Step: Step(f, units)));
        var renames = _ledger.Renames.Where(r => units.Contains(r.UnitId)).Select(r => (r.Position,
            Step: TraceStep.Of(TraceStepKind.Renamed, r.Position, r.Year, r.Name, $"{r.Name} → {r.NewName}", null,
            _ledger.Describe(r.Metadata))));
        var steps = facts.Concat(renames).OrderBy(s => s.Position).Select(s => s.Step).ToList();
        var years = Enumerable.Range(from, to - from + 1).Select(year =>
        {
            var budget = steps.Where(s => s.Year == year && s.Step is TraceStepKind.Budgeted
                or TraceStepKind.CarriedOver or TraceStepKind.Supplemented or TraceStepKind.Reduced).ToList();
            var disclosing = _ledger.Disclosing(units, year);
            return budget.Count > 0 ? new TraceYear(year, budget[0].Unit, budget.Sum(s => s.Amount), "disclosed",
                    string.Join("; ", budget.Select(s => s.Provenance).Distinct()))
                : disclosing.Count > 0 ? new TraceYear(year, _ledger.Name(disclosing[0], year), 0m, "absent",
                    $"{year}年公开文件中无此科目")
                : new TraceYear(year, null, null, "missing", $"账本中无{year}年公开文件");
        }).ToList();
        return new TraceView(code, units.Select(u => _ledger.Name(u, to)).ToList(), years,
            steps.Where(s => s.Year >= from && s.Year <= to).ToList());
    }

    private TraceStep Step(UnitTraceFact f, HashSet<string> units)
    {
        var (fact, provenance) = (f.Fact, _ledger.Describe(f.Metadata));
        if (fact.Kind == TraceFactKind.Transferred)
        {
            var outgoing = units.Contains(fact.FromUnit!);
            return TraceStep.Of(outgoing ? TraceStepKind.TransferredOut : TraceStepKind.TransferredIn,
                fact.Position, fact.Year, _ledger.Name(outgoing ? fact.FromUnit! : fact.ToUnit!, fact.Year),
                $"{fact.Function}: {fact.Text}", outgoing ? -fact.Amount : fact.Amount, provenance);
        }

        var kind = fact.Kind switch
        {
            TraceFactKind.Appropriated => TraceStepKind.Budgeted,
            TraceFactKind.CarriedOver => TraceStepKind.CarriedOver,
            TraceFactKind.Supplemented => TraceStepKind.Supplemented,
            TraceFactKind.Reduced => TraceStepKind.Reduced,
            _ => TraceStepKind.Executed,
        };
        return TraceStep.Of(kind, fact.Position, fact.Year, _ledger.Name(f.UnitId, fact.Year), fact.Text,
            fact.Amount, provenance);
    }
}
