namespace BudgetLedger.Import.Tables;

/// <summary>
/// The national name of each kind of table, as users read it (output only; recognition is by title rules).
/// </summary>
public static class TableKindNames
{
    public static string Of(TableKind kind) => kind switch
    {
        TableKind.BudgetSummary => "预算收支总表",
        TableKind.RevenueSummary => "预算收入总表",
        TableKind.ExpenditureSummary => "预算支出总表",
        TableKind.FiscalAppropriationSummary => "财政拨款收支总表",
        TableKind.GeneralPublicBudgetExpenditure => "一般公共预算支出预算表",
        TableKind.BasicExpenditureByEconomicClass => "一般公共预算基本支出分经济科目表",
        TableKind.GovernmentFundRevenue => "政府性基金预算收入表",
        TableKind.GovernmentFundExpenditure => "政府性基金预算支出表",
        TableKind.StateCapitalBudget => "国有资本经营预算收支预算表",
        TableKind.ThreePublicExpenses => "“三公”经费支出表",
        TableKind.AgencyOperatingCosts => "机关运行经费预算表",
        TableKind.ProjectExpenditureCurrentYear => "项目支出预算表（本年预算）",
        TableKind.ProjectExpenditureCarryover => "项目支出预算表（上年结转）",
        TableKind.PerformanceTargets => "项目支出绩效目标表",
        TableKind.FinalAccountsSummary => "收入支出决算总表",
        TableKind.FinalAccountsRevenue => "收入决算表",
        TableKind.FinalAccountsExpenditure => "支出决算表",
        TableKind.FinalAccountsFiscalAppropriationSummary => "财政拨款收入支出决算总表",
        TableKind.FinalAccountsGeneralPublicBudgetExpenditure => "一般公共预算财政拨款支出决算表",
        TableKind.FinalAccountsGeneralPublicBudgetDetail => "一般公共预算财政拨款支出决算明细表",
        TableKind.FinalAccountsGovernmentFund => "政府性基金预算财政拨款收入支出决算表",
        TableKind.FinalAccountsStateCapital => "国有资本经营预算财政拨款支出决算表",
        TableKind.FinalAccountsRelatedInformation => "部门决算公开相关信息统计表",
        TableKind.PerformanceSelfEvaluation => "项目支出绩效自评表",
        TableKind.FinalAccountsBasicExpenditure => "一般公共预算财政拨款基本支出决算表",
        TableKind.GeneralPublicBudgetByEconomicClass => "一般公共预算支出经济分类表",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
