namespace BudgetLedger.Import.Tables;

/// <summary>
/// Names a table's kind from its title (without year or number prefix). Order matters: the more
/// specific phrase is tried first: the national names and their variants, in one table. A title that matches
/// none is kept as printed, not interpreted.
/// </summary>
public static class TableRecognizer
{
    private static readonly (string[] Phrases, TableKind Kind)[] Rules =
    [
        (["财政拨款收入支出决算总表"], TableKind.FinalAccountsFiscalAppropriationSummary),
        (["收入支出决算总表"], TableKind.FinalAccountsSummary),
        (["一般公共预算财政拨款支出决算明细表"], TableKind.FinalAccountsGeneralPublicBudgetDetail),
        (["一般公共预算财政拨款基本支出决算表"], TableKind.FinalAccountsBasicExpenditure),
        (["一般公共预算财政拨款支出决算表"], TableKind.FinalAccountsGeneralPublicBudgetExpenditure),
        (["政府性基金预算财政拨款收入支出决算表"], TableKind.FinalAccountsGovernmentFund),
        (["国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"], TableKind.FinalAccountsStateCapital),
        (["决算公开相关信息统计表"], TableKind.FinalAccountsRelatedInformation),
        (["三公"], TableKind.ThreePublicExpenses),
        (["收入决算表"], TableKind.FinalAccountsRevenue),
        (["支出决算表"], TableKind.FinalAccountsExpenditure),
        (["绩效自评表"], TableKind.PerformanceSelfEvaluation),
        (["绩效目标"], TableKind.PerformanceTargets),
        (["机关运行经费"], TableKind.AgencyOperatingCosts),
        (["项目支出预算表（上年结转）", "项目支出预算表(上年结转)"], TableKind.ProjectExpenditureCarryover),
        (["项目支出预算表"], TableKind.ProjectExpenditureCurrentYear),
        (["基本支出分经济科目表"], TableKind.BasicExpenditureByEconomicClass),
        (["政府性基金预算收入表"], TableKind.GovernmentFundRevenue),
        (["政府性基金预算支出表"], TableKind.GovernmentFundExpenditure),
        (["国有资本经营预算收支预算表"], TableKind.StateCapitalBudget),
        (["财政拨款收支总表"], TableKind.FiscalAppropriationSummary),
        (["预算收支总表"], TableKind.BudgetSummary),
        (["预算收入总表"], TableKind.RevenueSummary),
        (["预算支出总表"], TableKind.ExpenditureSummary),
        (["一般公共预算支出预算表", "一般预算支出预算表"], TableKind.GeneralPublicBudgetExpenditure),
    ];

    public static TableKind? Recognize(string title)
    {
        var core = TableTitles.Core(title);
        foreach (var (phrases, kind) in Rules)
        {
            if (phrases.Any(p => core.Contains(p, StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return null;
    }
}
