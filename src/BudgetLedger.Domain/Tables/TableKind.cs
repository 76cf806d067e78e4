namespace BudgetLedger.Domain.Tables;

/// <summary>The kinds of table the disclosures publish.</summary>
public enum TableKind
{
    /// <summary>预算收支总表</summary>
    BudgetSummary,

    /// <summary>预算收入总表</summary>
    RevenueSummary,

    /// <summary>预算支出总表</summary>
    ExpenditureSummary,

    /// <summary>财政拨款收支总表</summary>
    FiscalAppropriationSummary,

    /// <summary>一般公共预算支出预算表 (不含上年结转)</summary>
    GeneralPublicBudgetExpenditure,

    /// <summary>一般公共预算安排基本支出分经济科目表</summary>
    BasicExpenditureByEconomicClass,

    /// <summary>政府性基金预算收入表</summary>
    GovernmentFundRevenue,

    /// <summary>政府性基金预算支出表</summary>
    GovernmentFundExpenditure,

    /// <summary>国有资本经营预算收支预算表</summary>
    StateCapitalBudget,

    /// <summary>"三公"经费支出预算表 / 决算表</summary>
    ThreePublicExpenses,

    /// <summary>机关运行经费预算表</summary>
    AgencyOperatingCosts,

    /// <summary>项目支出预算表（本年预算）</summary>
    ProjectExpenditureCurrentYear,

    /// <summary>项目支出预算表（上年结转）</summary>
    ProjectExpenditureCarryover,

    /// <summary>项目支出绩效目标申报表 / 绩效目标表</summary>
    PerformanceTargets,

    /// <summary>收入支出决算总表 (公开01表)</summary>
    FinalAccountsSummary,

    /// <summary>收入决算表 (公开02表)</summary>
    FinalAccountsRevenue,

    /// <summary>支出决算表 (公开03表)</summary>
    FinalAccountsExpenditure,

    /// <summary>财政拨款收入支出决算总表 (公开04表)</summary>
    FinalAccountsFiscalAppropriationSummary,

    /// <summary>一般公共预算财政拨款支出决算表 (公开05表)</summary>
    FinalAccountsGeneralPublicBudgetExpenditure,

    /// <summary>一般公共预算财政拨款支出决算明细表 (公开06表)</summary>
    FinalAccountsGeneralPublicBudgetDetail,

    /// <summary>政府性基金预算财政拨款收入支出决算表 (公开08表)</summary>
    FinalAccountsGovernmentFund,

    /// <summary>国有资本经营预算财政拨款支出决算表 (公开09表)</summary>
    FinalAccountsStateCapital,

    /// <summary>部门决算公开相关信息统计表 (公开10表)</summary>
    FinalAccountsRelatedInformation,

    /// <summary>项目支出绩效自评表</summary>
    PerformanceSelfEvaluation,

    /// <summary>一般公共预算财政拨款基本支出决算表 (the 2024 national template's table in place of 公开06)</summary>
    FinalAccountsBasicExpenditure,

    /// <summary>一般公共预算支出表（按经济分类）: all general-public-budget spending by economic class</summary>
    GeneralPublicBudgetByEconomicClass,
}
