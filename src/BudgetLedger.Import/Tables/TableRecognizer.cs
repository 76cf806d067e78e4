namespace BudgetLedger.Import.Tables;

/// <summary>
/// Names the national table a title stands for: the national names and the variants provinces print, in one table
/// of synonyms. A title's core (without year, numbering, "部门"/"单位" and spaces) is matched against each kind's
/// phrases in order, the more specific kinds first; a phrase matches when every one of its parts ('+'-separated)
/// appears in the core and none of the kind's exclusions does. A title that matches none is kept as printed.
/// </summary>
public static class TableRecognizer
{
    private static readonly (TableKind Kind, string[] Phrases, string[] Unless)[] Synonyms =
    [
        (TableKind.FinalAccountsFiscalAppropriationSummary, ["财政拨款收入支出决算总表", "财政拨款收支决算总表"], []),
        (TableKind.FinalAccountsSummary, ["收入支出决算总表", "收支决算总表"], []),
        (TableKind.FinalAccountsGeneralPublicBudgetDetail, ["一般公共预算财政拨款支出决算明细表"], []),
        (TableKind.FinalAccountsBasicExpenditure, ["一般公共预算财政拨款基本支出决算表"], []),
        (TableKind.FinalAccountsGeneralPublicBudgetExpenditure, ["一般公共预算财政拨款支出决算表",
            "一般公共预算支出决算表", "一般公共预算+支出决算"], ["基本支出", "明细", "经济"]),
        (TableKind.FinalAccountsGovernmentFund, ["政府性基金预算财政拨款收入支出决算表",
            "政府性基金预算财政拨款支出决算表"], []),
        (TableKind.FinalAccountsStateCapital, ["国有资本经营预算财政拨款支出决算表",
            "国有资本经营预算财政拨款收入支出决算表"], []),
        (TableKind.FinalAccountsRelatedInformation, ["决算公开相关信息统计表"], []),
        (TableKind.ThreePublicExpenses, ["三公"], []),
        (TableKind.FinalAccountsRevenue, ["收入决算表"], []),
        (TableKind.FinalAccountsExpenditure, ["支出决算表"], []),
        (TableKind.PerformanceSelfEvaluation, ["绩效自评表"], []),
        (TableKind.PerformanceTargets, ["绩效目标"], []),
        (TableKind.AgencyOperatingCosts, ["机关运行经费"], []),
        (TableKind.ProjectExpenditureCarryover, ["项目支出预算表（上年结转）", "项目支出预算表(上年结转)"], []),
        (TableKind.ProjectExpenditureCurrentYear, ["项目支出预算表"], ["基本支出"]),
        (TableKind.BasicExpenditureByEconomicClass, ["基本支出分经济科目表", "一般公共预算基本支出+经济",
            "财政拨款基本支出+经济", "一般公共预算基本支出情况表", "一般公共预算基本支出预算表",
            "一般公共预算拨款基本支出", "基本支出+经济分类"], ["项目支出", "决算"]),
        (TableKind.GeneralPublicBudgetByEconomicClass, ["一般公共预算支出表+经济", "一般公共预算支出经济分类"], ["基本支出"]),
        (TableKind.GovernmentFundRevenue, ["政府性基金预算收入表"], []),
        (TableKind.GovernmentFundExpenditure, ["政府性基金预算支出", "政府性基金预算拨款支出", "政府性基金支出"], []),
        (TableKind.StateCapitalBudget, ["国有资本经营预算收支预算表", "国有资本经营预算支出", "国有资本经营预算拨款支出"],
            []),
        (TableKind.FiscalAppropriationSummary, ["财政拨款收支总表", "财政拨款收支总体情况表", "财政拨款收支预算总表"], []),
        (TableKind.GeneralPublicBudgetExpenditure, ["一般公共预算支出预算表", "一般预算支出预算表",
            "一般公共预算支出情况表", "一般公共预算拨款支出预算表", "一般公共预算支出功能分类预算表",
            "一般公共预算财政拨款支出预算表", "财政拨款支出表+功能", "一般公共预算支出表+功能"],
            ["基本支出", "项目支出", "经济"]),
        (TableKind.BudgetSummary, ["预算收支总表", "收支总体情况表", "收支预算总表", "财务收支预算总表", "收支总表"],
            ["财政拨款"]),
        (TableKind.RevenueSummary, ["预算收入总表", "收入总体情况表", "收入预算总表", "收入总表"], ["财政拨款"]),
        (TableKind.ExpenditureSummary, ["预算支出总表", "支出总体情况表", "支出预算总表", "支出总表"],
            ["财政拨款", "基本支出", "项目支出"]),
        (TableKind.GeneralPublicBudgetExpenditure, ["一般公共预算+支出"],
            ["基本支出", "项目支出", "经济", "三公", "机关运行", "决算", "收入"]),
    ];

    public static TableKind? Recognize(string title)
    {
        var core = TableTitles.Core(title).Replace(" ", "", StringComparison.Ordinal);
        foreach (var (kind, phrases, unless) in Synonyms)
        {
            if (phrases.Any(p => p.Split('+').All(part => core.Contains(part, StringComparison.Ordinal)))
                && !unless.Any(u => core.Contains(u, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return null;
    }
}
