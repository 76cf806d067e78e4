namespace BudgetLedger.Domain.Events;

/// <summary>Which project table a project's money is stated in.</summary>
public enum ProjectFunding
{
    /// <summary>项目支出预算表（本年预算）</summary>
    CurrentYear,

    /// <summary>项目支出预算表（上年结转）</summary>
    Carryover,
}
