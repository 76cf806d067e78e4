using BudgetLedger.Domain.Classification;
using BudgetLedger.Reporting.Rendering;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Reports;

/// <summary>
/// A unit's final accounts, rebuilt from its read model: the summary, executions by class, 三公 budget against actual,
/// project evaluations.
/// </summary>
public static class FinalAccountsReport
{
    public static IReadOnlyList<ReportTable> Build(UnitView unit, int year)
    {
        var y = unit.Year(year);
        var executed = y.Executions.Sum(e => e.Amount);
        var revenue = y.Revenue.Values.Sum();
        var summary = new List<IReadOnlyList<string>>();
        summary.AddRange(y.Revenue.OrderBy(r => r.Key,
            StringComparer.Ordinal).Select(r => (IReadOnlyList<string>)[r.Key, Figures.Wan(r.Value)]));
        summary.Add(["本年收入合计", Figures.Wan(revenue)]);
        foreach (var category in y.Executions.GroupBy(e => e.Code[..3]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            summary.Add([y.ClassNames.GetValueOrDefault(category.Key)
                ?? category.Key, Figures.Wan(category.Sum(e => e.Amount))]);
        }

        summary.Add(["本年支出合计", Figures.Wan(executed)]);
        summary.Add(["结余分配", Figures.Wan(y.SurplusDistributed)]);
        summary.Add(["年末结转和结余", Figures.Wan(y.YearEndBalance)]);
        summary.Add(["总计", Figures.Wan(executed + (y.SurplusDistributed ?? 0m) + (y.YearEndBalance ?? 0m))]);
        return
        [
            new($"{year}年收入支出决算总表", ["项目", "决算数"], summary),
            new($"{year}年一般公共预算财政拨款支出决算表", ["科目编码", "科目名称", "小计", "基本支出", "项目支出"],
                Figures.ClassRows(y.ClassNames, y.Executions, _ => true,
                    f => f.Kind == ExpenditureKind.BasicExpenditure,
                    f => f.Kind == ExpenditureKind.ProjectExpenditure)),
            Detail(year, y),
            Related(year, y),
            new($"{year}年财政拨款“三公”经费支出决算表", ["项目", "预算数", "决算数"], ThreePublicAgainstActual(y)),
            new($"{year}年项目支出绩效自评", ["项目名称", "全年预算数", "全年执行数", "执行率(%)", "得分"],
                y.Evaluations.Select(e => (IReadOnlyList<string>)[e.Project, Figures.Wan(e.FullYearBudget),
                    Figures.Wan(e.Executed), Figures.Wan(e.RatePercent),
                    e.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""]).ToList()),
            .. y.Evaluations.Select(e => Evaluation(year, e)),
        ];
    }

    /// <summary>公开06: economic classes with their items, 金额 and 其中：基本支出, and the 人员经费 / 公用经费 totals.</summary>
    private static ReportTable Detail(int year, YearView y)
    {
        static decimal? Total(IEnumerable<decimal?> values) => values.Any(v => v is not null)
            ? values.OfType<decimal>().Sum() : null;
        static string Sum(IEnumerable<decimal?> values) => Figures.Wan(Total(values));
        var printed = PrintedTotals.Of(y, Domain.Tables.TableKind.FinalAccountsGeneralPublicBudgetDetail);
        IReadOnlyList<string> Subtotal(string code, string label, IReadOnlyList<EconomicFigure> f)
        {
            var (shown, computed, difference) = printed.Compare(label, Total(f.Select(e => e.Amount)));
            return [code, code.Length == 0 ? "" : label, shown, printed.Printed(label, 1)
                ?? Sum(f.Select(e => e.OfWhichBasic)), computed, difference];
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var component in y.EconomicExecutions.GroupBy(e => e.Component))
        {
            var label = component.Key == BasicExpenditureComponent.PersonnelCosts ? "人员经费合计" : "公用经费合计";
            rows.Add(Subtotal("", label, component.ToList()) is var total ? [label, .. total.Skip(1)] : []);
            foreach (var cls in component.GroupBy(e => e.Code[..3]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                rows.Add(Subtotal(cls.Key, Domain.Classification.EconomicClassCatalog.NameOf(cls.Key)
                    ?? "", cls.ToList()));
                rows.AddRange(cls.OrderBy(e => e.Code,
                    StringComparer.Ordinal).Select(e => (IReadOnlyList<string>)[e.Code, e.Name, Figures.Wan(e.Amount),
                    Figures.Wan(e.OfWhichBasic), "", ""]));
            }
        }

        return new ReportTable($"{year}年一般公共预算财政拨款支出决算明细表", ["科目编码", "科目名称", "金额", "其中：基本支出", "按明细计算", "尾差"], rows);
    }

    /// <summary>公开10: procurement, agency operating costs, assets.</summary>
    private static ReportTable Related(int year, YearView y)
    {
        var rows = new List<IReadOnlyList<string>>();
        if (y.ProcurementActual is { } p)
        {
            rows.AddRange([["政府采购合计", Figures.Wan(p.Total)], ["货物", Figures.Wan(p.Goods)], ["工程",
                Figures.Wan(p.Works)], ["服务", Figures.Wan(p.Services)]]);
        }

        if (y.AgencyCostsActual is { } agency)
        {
            rows.Add(["机关运行经费", Figures.Wan(agency)]);
        }

        rows.AddRange(y.Assets.Select(a => (IReadOnlyList<string>)[a.Item, a.Quantity?.ToString("0.##",
            System.Globalization.CultureInfo.InvariantCulture) ?? Figures.Wan(a.Value)]));
        return new ReportTable($"{year}年部门决算公开相关信息统计表", ["项目", "统计数"], rows);
    }

    /// <summary>项目支出绩效自评表: funds rows (目标申报数 … 得分) and indicator rows (分值, 得分).</summary>
    private static ReportTable Evaluation(int year, EvaluationFigure e)
    {
        static string N(decimal? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        List<IReadOnlyList<string>> rows = [.. e.Funds.Select(f => (IReadOnlyList<string>)[f.Source, N(f.Declared),
            N(f.Budgeted), N(f.FullYearBudget), N(f.Executed), N(f.Balance), N(f.ExecutionRatePercent), N(f.Score)])];
        rows.AddRange(e.Indicators.Select(i => (IReadOnlyList<string>)[$"{i.Level} | {i.Text}", "", "", "", "", "",
            N(i.Weight), N(i.Score)]));
        rows.Add(["总分", "", "", "", "", "", "", N(e.Score)]);
        return new ReportTable($"{year}年项目支出绩效自评表：{e.Project}", ["项目", "目标申报数", "预算编制数", "全年预算数", "全年执行数", "资金结余",
            "执行率/分值", "得分"], rows);
    }

    private static List<IReadOnlyList<string>> ThreePublicAgainstActual(YearView y)
    {
        var budget = BudgetReport.ThreePublic("", y.ThreePublicBudget).Rows;
        var actual = BudgetReport.ThreePublic("", y.ThreePublicActual).Rows;
        return budget.Count == 0 && actual.Count == 0 ? []
            : Enumerable.Range(0, Math.Max(budget.Count, actual.Count)).Select(i => (IReadOnlyList<string>)[
                (budget.Count > i ? budget[i] : actual[i])[0], budget.Count > i ? budget[i][1] : "", actual.Count > i
                    ? actual[i][1] : ""]).ToList();
    }
}
