using BudgetLedger.Domain.Events;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Variance;

/// <summary>
/// Builds a <see cref="VarianceView"/> from the unit read models the actors keep: the unit's body across
/// renames, each year disclosed, derived from a later document's statement, or missing (never zero).
/// </summary>
public static class VarianceAnalysis
{
    public static VarianceView Build(string unitId, int from, int to, Func<string, UnitView?> load)
    {
        var body = UnitBody.Of(unitId, load);
        var names = new ProjectNames(body.Aliases);
        var reasons = Span(from, to).SelectMany(y => body.All(y)).SelectMany(u => u.Year.StatedReasons).ToList();
        var stated = reasons
            .Where(r => r.SubjectKind is VarianceSubjectKind.Project or VarianceSubjectKind.FunctionalClass)
            .Sum(r => r.Signed);
        var (fromYear, toYear) = (body.Disclosed(from)?.Year, body.Disclosed(to)?.Year);
        var toTotal = Total(to, toYear, null);
        var fromTotal = Total(from, fromYear, to == from + 1
            ? reasons.FirstOrDefault(r => r.SubjectKind == VarianceSubjectKind.UnitTotal
                && r.ImpliedPriorYear is not null)
            : null);
        var computed = fromTotal.Total is { } a && toTotal.Total is { } b ? b - a : (decimal?)null;
        var transfers = Span(from, to)
            .SelectMany(y => body.All(y).SelectMany(u => u.Year.Transfers).DistinctBy(t => t.EventId)
                .Select(t => (Year: y, Transfer: t)))
            .ToList();
        var events = transfers
            .Select(t => new ChangeEvent(t.Year, t.Transfer.Direction == TransferDirection.In ? "划入" : "划出",
                $"{t.Transfer.Function}: {(t.Transfer.Direction == TransferDirection.In ? "自" : "至")} "
                    + $"{load(t.Transfer.OtherUnit)?.Name ?? t.Transfer.OtherUnit}; "
                    + $"{string.Join("、", t.Transfer.Lines.Select(l => $"{l.Name} {l.Amount:F2}"))}",
                t.Transfer.Direction == TransferDirection.In ? t.Transfer.Total : -t.Transfer.Total))
            .Concat(Span(from, to).SelectMany(y => body.All(y).SelectMany(u => u.Year.Adjustments)
                .Select(a => new ChangeEvent(y, a.Kind == AdjustmentKind.Supplement ? "追加" : "调减",
                    $"[{a.Code}]{a.Name}: {a.Reason}", a.Signed))))
            .Concat(body.Lineage.Where(l => l.Year > from && l.Year <= to)
                .Select(l => new ChangeEvent(l.Year, "更名", $"{l.OldName} → {l.NewName}", null)))
            .ToList();
        return new VarianceView(body.Latest.UnitId, body.NameIn(to), fromTotal, toTotal, Lines(fromYear, toYear),
            Projects(fromYear, toYear, from, to, reasons, transfers, names), events, reasons,
            new Reconciliation(stated, computed, computed - stated));
    }

    private static IEnumerable<int> Span(int from, int to) => Enumerable.Range(from + 1, Math.Max(0, to - from));

    /// <summary>A disclosed year's budget total: 本年收入 + 上年结转, with the year's recorded adjustments.</summary>
    public static decimal BudgetTotal(YearView y) =>
        y.Appropriations.Sum(a => a.Amount) + y.Carryovers.Sum(c => c.Amount) + y.Adjustments.Sum(a => a.Signed);

    private static YearTotal Total(int year, YearView? disclosed, StatedReasonFigure? headline) =>
        disclosed is not null ? new YearTotal(year, "disclosed", BudgetTotal(disclosed), $"{year}年公开文件: 本年收入 + 上年结转")
        : headline is not null ? new YearTotal(year, "derived", headline.ImpliedPriorYear,
            $"由{year + 1}年情况说明推算: {headline.Subject}"
                + $"{(headline.Signed < 0 ? "比上年减少" : "比上年增加")}{Math.Abs(headline.Signed):F2}万元")
        : new YearTotal(year, "missing", null, $"账本中无{year}年公开文件");

    private static IReadOnlyList<LineChange> Lines(YearView? from, YearView? to)
    {
        static Dictionary<string, (string Name, decimal Amount)> Of(YearView? y) =>
            (y?.Appropriations ?? []).Concat(y?.Carryovers ?? [])
                .GroupBy(f => f.Code).ToDictionary(g => g.Key, g => (g.First().Name, g.Sum(f => f.Amount)));
        var (a, b) = (Of(from), Of(to));
        return a.Keys.Union(b.Keys).Order(StringComparer.Ordinal).Select(code =>
        {
            decimal? before = from is null ? null : a.TryGetValue(code, out var x) ? x.Amount : 0m;
            decimal? after = to is null ? null : b.TryGetValue(code, out var y) ? y.Amount : 0m;
            var name = b.TryGetValue(code, out var n) ? n.Name : a[code].Name;
            var attribution = from is null ? "上年无公开文件"
                : to is null ? "本年无公开文件"
                : before == 0 ? "新增科目"
                : after == 0 ? "科目不再安排"
                : before == after ? "未变"
                : "安排变动";
            return new LineChange(code, name, before, after, after - before, attribution);
        }).ToList();
    }

    private static IReadOnlyList<ProjectChange> Projects(YearView? fromYear, YearView? toYear, int from, int to,
        List<StatedReasonFigure> reasons, List<(int Year, TransferFigure Transfer)> transfers, ProjectNames names)
    {
        var before = Amounts(fromYear);
        var after = Amounts(toYear);
        var subjects = after.Keys.Concat(before.Keys)
            .Concat(reasons.Where(r => r.SubjectKind == VarianceSubjectKind.Project).Select(r => r.Subject))
            .Concat(transfers.SelectMany(t => t.Transfer.Lines.Select(l => l.Name))).ToList();
        var changes = new List<ProjectChange>();
        var seen = new List<string>();
        foreach (var name in subjects)
        {
            if (seen.Any(s => names.Match(s, name) is not null))
            {
                continue;
            }

            seen.Add(name);
            var (toName, toMatch) = Find(after, name, names);
            var (fromName, fromMatch) = Find(before, name, names);
            var said = reasons
                .Where(r => r.SubjectKind == VarianceSubjectKind.Project && names.Match(name, r.Subject) is not null)
                .ToList();
            var moved = transfers.SelectMany(t => t.Transfer.Lines.Where(l => names.Match(name, l.Name) is not null)
                .Select(l => (t.Transfer, Line: l))).ToList();
            decimal? amountTo = toYear is null ? null : toName is null ? 0m : after[toName];
            decimal? amountFrom = fromYear is null ? null : fromName is null ? 0m : before[fromName];
            var derived = false;
            if (amountFrom is null && amountTo is { } t && said.Count > 0 && to == from + 1)
            {
                (amountFrom, derived) = (t - said.Sum(r => r.Signed), true);
            }

            var attribution = moved.Count > 0
                ? string.Join("; ", moved.Select(m =>
                    $"{(m.Transfer.Direction == TransferDirection.In ? "划入" : "划出")} {m.Line.Amount:F2}"))
                : said.FirstOrDefault()?.Kind switch
                {
                    VarianceReasonKind.New => "新增项目",
                    VarianceReasonKind.OneOff => "一次性项目结束",
                    VarianceReasonKind.Ended => "项目结束",
                    _ => null,
                }
                ?? (amountFrom is null || amountTo is null ? "无法比较（缺年度）"
                    : amountFrom == 0 ? "新增项目"
                    : amountTo == 0 ? "项目结束"
                    : amountFrom == amountTo ? "未变"
                    : "金额变动");
            var match = new[] { fromMatch, toMatch }.FirstOrDefault(m => m is not null && m != "同名");
            changes.Add(new ProjectChange(toName ?? fromName ?? name, match, amountFrom, derived, amountTo,
                amountTo - amountFrom, attribution, said.Select(r => r.Text).Distinct().ToList()));
        }

        return changes;
    }

    private static (string? Name, string? Match) Find(Dictionary<string, decimal> amounts, string name,
        ProjectNames names) =>
        amounts.Keys.Select(k => (Name: k, Match: names.Match(name, k)))
            .FirstOrDefault(m => m.Match is not null) is { Name: not null } found ? found : (null, null);

    /// <summary>
    /// A year's projects (万元): from the project tables, else the annual funds of the target tables (元).
    /// </summary>
    public static Dictionary<string, decimal> Amounts(YearView? y)
    {
        var amounts = (y?.Projects ?? []).GroupBy(p => p.Name)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Amount), StringComparer.Ordinal);
        foreach (var target in (y?.Targets ?? [])
            .Where(t => t.AnnualFunds is not null && !amounts.ContainsKey(t.Project)))
        {
            amounts[target.Project] = target.AnnualFunds!.Value / 10000m;
        }

        return amounts;
    }
}
