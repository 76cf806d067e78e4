using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Reporting.Rendering;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Reports;

/// <summary>A unit's yearly budget as the disclosure's tables, rebuilt from its read model.</summary>
public static class BudgetReport
{
    public static IReadOnlyList<ReportTable> Build(UnitView unit, int year)
    {
        var y = unit.Year(year);
        var all = y.Appropriations.Concat(y.Carryovers).ToList();
        bool Basic(ClassFigure f) => f.Kind == ExpenditureKind.BasicExpenditure;
        bool Project(ClassFigure f) => f.Kind == ExpenditureKind.ProjectExpenditure;
        var tables = new List<ReportTable>
        {
            Summary($"{year}年预算收支总表", y, "上年结转"),
            Summary($"{year}年财政拨款收支总表", y, "上年财政拨款结转"),
            new($"{year}年预算收入总表", ["科目编码", "科目名称", "本年收入合计", "一般公共预算", "上年结转"],
                Figures.ClassRows(y.ClassNames, all, f => f.Source == ClassFigureSource.Appropriation,
                    f => f.Source == ClassFigureSource.Appropriation
                    && f.FundSource == FundSource.GeneralPublicBudget, f => f.Source == ClassFigureSource.Carryover)),
            new($"{year}年预算支出总表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                Figures.ClassRows(y.ClassNames, all, _ => true, Basic, Project)),
            new($"{year}年一般公共预算支出预算表（不含上年结转）", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                Figures.ClassRows(y.ClassNames,
                    y.Appropriations.Where(a => a.FundSource == FundSource.GeneralPublicBudget).ToList(), _ => true,
                    Basic, Project)),
            Economic(year, y),
            ThreePublic($"{year}年“三公”经费支出预算表", y.ThreePublicBudget),
            new($"{year}年机关运行经费预算表", ["项目", "预算数"], y.AgencyCostsBudget is { } a ? [["机关运行经费", Figures.Wan(a)]] : []),
            Projects($"{year}年项目支出预算表（本年预算）", y, ProjectFunding.CurrentYear),
            Projects($"{year}年项目支出预算表（上年结转）", y, ProjectFunding.Carryover),
        };
        tables.AddRange(y.Targets.Select(t => Targets(year, t)));
        return tables;
    }

    /// <summary>收支总表 / 财政拨款收支总表: revenue lines, then each category's 合计, 当年预算安排 and 上年结转安排, then the totals.</summary>
    private static ReportTable Summary(string title, YearView y, string carryoverLabel)
    {
        var appropriated = y.Appropriations.Sum(a => a.Amount);
        var carried = y.Carryovers.Sum(c => c.Amount);
        List<IReadOnlyList<string>> rows =
        [
            ["一般公共预算", Figures.Wan(y.Appropriations.Where(a => a.FundSource == FundSource.GeneralPublicBudget)
                .Sum(a => a.Amount)), "", ""],
            ["本年收入合计", Figures.Wan(appropriated), "", ""],
            [carryoverLabel, Figures.Wan(carried), "", ""],
            ["收入总计", Figures.Wan(appropriated + carried), "", ""],
        ];
        foreach (var category in y.Appropriations.Concat(y.Carryovers).GroupBy(f => f.Code[..3]).OrderBy(g => g.Key,
            StringComparer.Ordinal))
        {
            var a = category.Where(f => f.Source == ClassFigureSource.Appropriation).Sum(f => f.Amount);
            var c = category.Where(f => f.Source == ClassFigureSource.Carryover).Sum(f => f.Amount);
            rows.Add([y.ClassNames.GetValueOrDefault(category.Key)
                ?? Domain.Classification.FunctionalClass.StandardCategoryName(
                    Domain.Classification.FunctionalClassCode.Parse(category.Key))
                ?? category.Key,
                Figures.Wan(a + c), Figures.Wan(a), c == 0m ? "" : Figures.Wan(c)]);
        }

        rows.Add(["本年支出合计", Figures.Wan(appropriated + carried), Figures.Wan(appropriated), carried == 0m ? ""
            : Figures.Wan(carried)]);
        rows.Add(["支出总计", Figures.Wan(appropriated + carried), Figures.Wan(appropriated), carried == 0m ? ""
            : Figures.Wan(carried)]);
        return new ReportTable(title, ["项目", "合计", "当年预算安排", "上年结转安排"], rows);
    }

    private static ReportTable Economic(int year, YearView y)
    {
        var rows = new List<IReadOnlyList<string>>();
        decimal? Sum(IEnumerable<EconomicFigure> f, BasicExpenditureComponent? component = null) =>
            f.Where(x => component is null
                || x.Component == component).Select(x => x.Amount).DefaultIfEmpty().Sum() is var s
                && f.Any(x => component is null || x.Component == component) ? s : null;
        var printed = PrintedTotals.Of(y, Domain.Tables.TableKind.BasicExpenditureByEconomicClass);
        List<string> Row(string code, string name, IReadOnlyList<EconomicFigure> f, bool subtotal = false)
        {
            var (shown, computed, difference) = subtotal ? printed.Compare(name, Sum(f))
                : (Figures.Wan(Sum(f)), "", "");
            var (personnel, operating) = subtotal ? (printed.Printed(name, 1), printed.Printed(name, 2)) : (null, null);
            return [code, name, shown, personnel ?? Figures.Wan(Sum(f, BasicExpenditureComponent.PersonnelCosts)),
                operating ?? Figures.Wan(Sum(f, BasicExpenditureComponent.OperatingCosts)), computed, difference];
        }

        rows.Add(Row("", "合计", y.BasicBudget, subtotal: true));
        foreach (var cls in y.BasicBudget.GroupBy(b => b.Code[..3]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            rows.Add(Row(cls.Key, Domain.Classification.EconomicClassCatalog.NameOf(cls.Key)
                ?? "", cls.ToList(), subtotal: true));
            rows.AddRange(cls.GroupBy(b => (b.Code, b.Name)).OrderBy(g => g.Key.Code,
                StringComparer.Ordinal).Select(item => Row(item.Key.Code, item.Key.Name, item.ToList())));
        }

        return new ReportTable($"{year}年一般公共预算基本支出分经济科目表", ["科目编码", "经济科目名称", "合计", "人员经费", "公用经费", "按明细计算", "尾差"],
            rows);
    }

    internal static ReportTable ThreePublic(string title, ThreePublicFigures? t) =>
        new(title, ["项目", "金额"], t is null ? [] :
        [
            ["因公出国（境）费", Figures.Wan(t.OverseasTravel)],
            ["公务接待费", Figures.Wan(t.Reception)],
            ["公务用车购置及运行费", Figures.Wan(t.VehiclePurchase is null && t.VehicleOperation is null ? null
                : (t.VehiclePurchase ?? 0m) + (t.VehicleOperation ?? 0m))],
            ["①公务用车购置费", Figures.Wan(t.VehiclePurchase)],
            ["②公务用车运行维护费", Figures.Wan(t.VehicleOperation)],
            ["合计", Figures.Wan(t.Total)],
        ]);

    /// <summary>项目支出绩效目标表 (元): funds by source over the period and the year, then the annual indicators.</summary>
    private static ReportTable Targets(int year, TargetsFigure t)
    {
        static string Yuan(decimal? v) => v?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        List<IReadOnlyList<string>> rows = [["资金总额（元）", Yuan(t.TotalFunds), Yuan(t.AnnualFunds)]];
        rows.AddRange(t.Funds.Select(f => (IReadOnlyList<string>)[f.Source, Yuan(f.Period?.InYuan),
            Yuan(f.Annual?.InYuan)]));
        rows.AddRange(t.Targets.Select(x => (IReadOnlyList<string>)[$"{x.Category} | {x.Indicator}", x.Target, ""]));
        return new ReportTable($"{year}年项目支出绩效目标表：{t.Project}（{t.Kind}）", ["项目", "实施期", "年度"], rows);
    }

    private static ReportTable Projects(string title, YearView y, ProjectFunding funding)
    {
        var projects = y.Projects.Where(p => p.Funding == funding).ToList();
        var rows = projects.Count == 0 ? new List<IReadOnlyList<string>>()
            : [["合计", Figures.Wan(projects.Sum(p => p.Amount))],
            .. projects.Select(p => (IReadOnlyList<string>)[p.Name, Figures.Wan(p.Amount)])];
        return new ReportTable(title, ["项目名称", "合计"], rows);
    }
}
