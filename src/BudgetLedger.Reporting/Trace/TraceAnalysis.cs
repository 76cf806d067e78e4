using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;
using BudgetLedger.Projections.ReadModels;
using BudgetLedger.Reporting.Variance;

namespace BudgetLedger.Reporting.Trace;

/// <summary>
/// Follows a project (by a normalised name or a recorded alias) or a functional-class line through the
/// log: across a unit's renames and into the units a transfer moved it to. Years without a disclosure
/// say so; a later document's statement about such a year gives a figure marked derived.
/// </summary>
public static class TraceAnalysis
{
    public static TraceView Project(IReadOnlyList<TracedEvent> log, string project, string? unitId, int from, int to)
    {
        var ledger = new LedgerFacts(log);
        var names = new ProjectNames(log.Select(e => e.Event).OfType<ProjectAliasRecorded>().Select(a => new AliasFigure(Guid.Empty, a.ProjectName, a.Aliases)));
        var units = unitId is null ? Holding(log, project, names, ledger) : ledger.Body(unitId);
        units.UnionWith(log.Select(e => e.Event).OfType<FunctionTransferred>()
            .Where(t => units.Contains(t.FromUnit.Value) && t.Lines.Any(l => names.Match(project, l.Name) is not null)).Select(t => t.ToUnit.Value).ToList());
        var steps = new List<TraceStep>();
        foreach (var (position, e, metadata) in log)
        {
            var provenance = ledger.Describe(metadata.Provenance);
            switch (e)
            {
                case ProjectDeclared p when units.Contains(p.UnitId.Value) && names.Match(project, p.ProjectName) is { } m:
                    steps.Add(new(position, p.FiscalYear.Value, ledger.Name(p.UnitId.Value, p.FiscalYear.Value), p.Funding == ProjectFunding.Carryover ? "上年结转" : "预算安排", p.ProjectName, Wan(p.Amount), provenance, Shown(m)));
                    break;
                case PerformanceTargetsDeclared t when units.Contains(t.UnitId.Value) && t.AnnualFunds is { } funds && names.Match(project, t.ProjectName) is { } m:
                    steps.Add(new(position, t.FiscalYear.Value, ledger.Name(t.UnitId.Value, t.FiscalYear.Value), "绩效目标表年度资金", t.ProjectName, Wan(funds), provenance, Shown(m)));
                    break;
                case PerformanceSelfEvaluated s when units.Contains(s.UnitId.Value) && names.Match(project, s.ProjectName) is { } m:
                    steps.Add(new(position, s.FiscalYear.Value, ledger.Name(s.UnitId.Value, s.FiscalYear.Value), "绩效自评（决算）", $"{s.ProjectName}: 全年预算 {Wan(s.FullYearBudget):F2}, 执行 {Wan(s.Executed):F2}", Wan(s.Executed), provenance, Shown(m)));
                    break;
                case VarianceReasonStated v when v.SubjectKind == VarianceSubjectKind.Project && units.Contains(v.UnitId.Value) && names.Match(project, v.Subject) is { } m:
                    steps.Add(new(position, v.FiscalYear.Value, ledger.Name(v.UnitId.Value, v.FiscalYear.Value), "单位说明", v.Text, Signed(v), provenance, Shown(m)));
                    break;
                case FunctionTransferred t when (units.Contains(t.FromUnit.Value) || units.Contains(t.ToUnit.Value)) && t.Lines.FirstOrDefault(l => names.Match(project, l.Name) is not null) is { } line:
                    steps.Add(new(position, t.FiscalYear.Value, ledger.Name(t.FromUnit.Value, t.FiscalYear.Value), "职能划转", $"{t.Function}: {line.Name} {Wan(line.Amount):F2} 自 {ledger.Name(t.FromUnit.Value, t.FiscalYear.Value)} 划至 {ledger.Name(t.ToUnit.Value, t.FiscalYear.Value)}", Wan(line.Amount), provenance, Shown(names.Match(project, line.Name)!)));
                    break;
                case UnitRenamed r when units.Contains(r.UnitId.Value):
                    steps.Add(new(position, r.FiscalYear.Value, r.OldName, "更名", $"{r.OldName} → {r.NewName}", null, provenance, null));
                    break;
                case ProjectAliasRecorded a when names.Match(project, a.ProjectName) is not null:
                    steps.Add(new(position, ledger.FirstYear(a.UnitId.Value), ledger.Name(a.UnitId.Value, to), "别名", $"{a.ProjectName} = {string.Join("、", a.Aliases)}", null, provenance, null));
                    break;
            }
        }

        var years = Enumerable.Range(from, to - from + 1).Select(year =>
        {
            var budget = steps.Where(s => s.Year == year && s.Kind is "预算安排" or "上年结转").ToList();
            if (budget.Count == 0)
            {
                budget = steps.Where(s => s.Year == year && s.Kind == "绩效目标表年度资金").ToList();
            }

            var disclosing = ledger.Disclosing(units, year);
            if (budget.Count > 0)
            {
                return new TraceYear(year, budget[0].Unit, budget.Sum(s => s.Amount), "disclosed", string.Join("; ", budget.Select(s => s.Provenance).Distinct()));
            }

            var next = steps.Where(s => s.Year == year + 1 && s.Kind == "单位说明").ToList();
            var nextBudget = steps.Where(s => s.Year == year + 1 && s.Kind is "预算安排" or "上年结转").ToList();
            if (next.Count > 0 && ledger.Disclosing(units, year + 1).Count > 0)
            {
                var derived = nextBudget.Sum(s => s.Amount ?? 0m) - next.Sum(s => s.Amount ?? 0m);
                return new TraceYear(year, next[0].Unit, derived, "derived", $"由{year + 1}年情况说明推算: {year + 1}年 {nextBudget.Sum(s => s.Amount ?? 0m):F2} {(next.Sum(s => s.Amount ?? 0m) < 0 ? "+" : "−")} {Math.Abs(next.Sum(s => s.Amount ?? 0m)):F2}; {next[0].Provenance}");
            }

            return disclosing.Count > 0
                ? new TraceYear(year, ledger.Name(disclosing[0], year), null, "absent", $"{year}年公开文件中无此项目")
                : new TraceYear(year, null, null, "missing", $"账本中无{year}年公开文件");
        }).ToList();
        return new TraceView(project, units.Select(u => ledger.Name(u, to)).ToList(), years, steps.Where(s => s.Year >= from && s.Year <= to || s.Kind is "别名" or "更名").ToList());
    }

    public static TraceView Line(IReadOnlyList<TracedEvent> log, string code, string unitId, int from, int to)
    {
        var ledger = new LedgerFacts(log);
        var units = ledger.Body(unitId);
        var steps = new List<TraceStep>();
        foreach (var (position, e, metadata) in log)
        {
            var provenance = ledger.Describe(metadata.Provenance);
            (string Unit, int Year, string Kind, string Text, decimal Amount)? step = e switch
            {
                BudgetAppropriated a when a.FunctionalClass.Code.Value.StartsWith(code, StringComparison.Ordinal) => (a.UnitId.Value, a.FiscalYear.Value, "预算安排", $"[{a.FunctionalClass.Code.Value}]{a.FunctionalClass.Name} {a.ExpenditureKind}", Wan(a.Amount)),
                CarryoverBroughtForward c when c.FunctionalClass is { } f && f.Code.Value.StartsWith(code, StringComparison.Ordinal) => (c.UnitId.Value, c.FiscalYear.Value, "上年结转", $"[{f.Code.Value}]{f.Name}", Wan(c.Amount)),
                BudgetAdjusted a when a.FunctionalClass.Code.Value.StartsWith(code, StringComparison.Ordinal) => (a.UnitId.Value, a.FiscalYear.Value, a.Kind == AdjustmentKind.Supplement ? "追加" : "调减", a.Reason, a.Kind == AdjustmentKind.Supplement ? Wan(a.Amount) : -Wan(a.Amount)),
                ExpenditureExecuted x when x.FunctionalClass.Code.Value.StartsWith(code, StringComparison.Ordinal) => (x.UnitId.Value, x.FiscalYear.Value, "决算执行", $"[{x.FunctionalClass.Code.Value}]{x.FunctionalClass.Name}", Wan(x.Amount)),
                _ => null,
            };
            if (step is { } s && units.Contains(s.Unit))
            {
                steps.Add(new(position, s.Year, ledger.Name(s.Unit, s.Year), s.Kind, s.Text, s.Amount, provenance, null));
            }
            else if (e is FunctionTransferred t && (units.Contains(t.FromUnit.Value) || units.Contains(t.ToUnit.Value)))
            {
                foreach (var line in t.Lines.Where(l => l.FunctionalClass?.Code.Value.StartsWith(code, StringComparison.Ordinal) == true))
                {
                    var outgoing = units.Contains(t.FromUnit.Value);
                    steps.Add(new(position, t.FiscalYear.Value, ledger.Name(outgoing ? t.FromUnit.Value : t.ToUnit.Value, t.FiscalYear.Value), outgoing ? "划出" : "划入", $"{t.Function}: {line.Name}", outgoing ? -Wan(line.Amount) : Wan(line.Amount), provenance, null));
                }
            }
            else if (e is UnitRenamed r && units.Contains(r.UnitId.Value))
            {
                steps.Add(new(position, r.FiscalYear.Value, r.OldName, "更名", $"{r.OldName} → {r.NewName}", null, provenance, null));
            }
        }

        var years = Enumerable.Range(from, to - from + 1).Select(year =>
        {
            var budget = steps.Where(s => s.Year == year && s.Kind is "预算安排" or "上年结转" or "追加" or "调减").ToList();
            var disclosing = ledger.Disclosing(units, year);
            return budget.Count > 0 ? new TraceYear(year, budget[0].Unit, budget.Sum(s => s.Amount), "disclosed", string.Join("; ", budget.Select(s => s.Provenance).Distinct()))
                : disclosing.Count > 0 ? new TraceYear(year, ledger.Name(disclosing[0], year), 0m, "absent", $"{year}年公开文件中无此科目")
                : new TraceYear(year, null, null, "missing", $"账本中无{year}年公开文件");
        }).ToList();
        return new TraceView(code, units.Select(u => ledger.Name(u, to)).ToList(), years, steps.Where(s => s.Year >= from && s.Year <= to).ToList());
    }

    /// <summary>Without a unit: the units whose events name the project, each with the ids its renames join.</summary>
    private static HashSet<string> Holding(IReadOnlyList<TracedEvent> log, string project, ProjectNames names, LedgerFacts ledger)
    {
        var named = log.Select(e => e.Event switch
        {
            ProjectDeclared p when names.Match(project, p.ProjectName) is not null => p.UnitId.Value,
            PerformanceTargetsDeclared t when names.Match(project, t.ProjectName) is not null => t.UnitId.Value,
            PerformanceSelfEvaluated s when names.Match(project, s.ProjectName) is not null => s.UnitId.Value,
            VarianceReasonStated v when v.SubjectKind == VarianceSubjectKind.Project && names.Match(project, v.Subject) is not null => v.UnitId.Value,
            ProjectAliasRecorded a when names.Match(project, a.ProjectName) is not null => a.UnitId.Value,
            _ => null,
        }).OfType<string>().Distinct().ToList();
        return named.SelectMany(ledger.Body).ToHashSet(StringComparer.Ordinal);
    }

    private static string? Shown(string match) => match == "同名" ? null : match;

    private static decimal Wan(Amount amount) => amount.To(AmountUnit.TenThousandYuan).Value;

    private static decimal Signed(VarianceReasonStated v) => v.Direction == VarianceDirection.Increase ? Wan(v.Amount) : -Wan(v.Amount);
}
