using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Reports;

/// <summary>A unit's final accounts, rebuilt from its read model: the summary, executions by class, 三公 budget against actual, project evaluations.</summary>
public static class FinalAccountsReport
{
    public static IReadOnlyList<ReportTable> Build(UnitView unit, int year)
    {
        var y = unit.Year(year);
        var executed = y.Executions.Sum(e => e.Amount);
        var revenue = y.Revenue.Values.Sum();
        var summary = new List<IReadOnlyList<string>>();
        summary.AddRange(y.Revenue.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (IReadOnlyList<string>)[r.Key, Figures.Wan(r.Value)]));
        summary.Add(["本年收入合计", Figures.Wan(revenue)]);
        summary.Add(["本年支出合计", Figures.Wan(executed)]);
        summary.Add(["结余分配", Figures.Wan(y.SurplusDistributed)]);
        summary.Add(["年末结转和结余", Figures.Wan(y.YearEndBalance)]);
        summary.Add(["总计", Figures.Wan(executed + (y.SurplusDistributed ?? 0m) + (y.YearEndBalance ?? 0m))]);
        return
        [
            new($"{year}年收入支出决算总表", ["项目", "决算数"], summary),
            new($"{year}年一般公共预算财政拨款支出决算表", ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
                Figures.ClassRows(y.ClassNames, y.Executions, _ => true, f => f.Kind == "BasicExpenditure", f => f.Kind == "ProjectExpenditure")),
            new($"{year}年财政拨款“三公”经费支出决算表", ["项目", "预算数", "决算数"], ThreePublicAgainstActual(y)),
            new($"{year}年项目支出绩效自评", ["项目名称", "全年预算数", "全年执行数", "执行率(%)", "得分"],
                y.Evaluations.Select(e => (IReadOnlyList<string>)[e.Project, Figures.Wan(e.FullYearBudget), Figures.Wan(e.Executed), Figures.Wan(e.RatePercent), e.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""]).ToList()),
        ];
    }

    private static List<IReadOnlyList<string>> ThreePublicAgainstActual(YearView y)
    {
        var budget = BudgetReport.ThreePublic("", y.ThreePublicBudget).Rows;
        var actual = BudgetReport.ThreePublic("", y.ThreePublicActual).Rows;
        return budget.Count == 0 && actual.Count == 0 ? []
            : Enumerable.Range(0, Math.Max(budget.Count, actual.Count)).Select(i => (IReadOnlyList<string>)[
                (budget.Count > i ? budget[i] : actual[i])[0], budget.Count > i ? budget[i][1] : "", actual.Count > i ? actual[i][1] : ""]).ToList();
    }
}
