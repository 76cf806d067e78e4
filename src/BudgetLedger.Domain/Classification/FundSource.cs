namespace BudgetLedger.Domain.Classification;

/// <summary>Where the money comes from.</summary>
public enum FundSource
{
    /// <summary>一般公共预算</summary>
    GeneralPublicBudget,

    /// <summary>政府性基金预算</summary>
    GovernmentFundBudget,

    /// <summary>国有资本经营预算</summary>
    StateCapitalBudget,

    /// <summary>财政专户管理资金</summary>
    FiscalSpecialAccountFunds,

    /// <summary>单位资金</summary>
    UnitFunds,
}
