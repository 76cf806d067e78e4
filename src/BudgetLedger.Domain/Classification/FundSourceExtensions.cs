namespace BudgetLedger.Domain.Classification;

public static class FundSourceExtensions
{
    /// <summary>财政拨款: the first three fund sources together.</summary>
    public static bool IsFiscalAppropriation(this FundSource source) =>
        source is FundSource.GeneralPublicBudget or FundSource.GovernmentFundBudget or FundSource.StateCapitalBudget;

    public static string ChineseName(this FundSource source) => source switch
    {
        FundSource.GeneralPublicBudget => "一般公共预算",
        FundSource.GovernmentFundBudget => "政府性基金预算",
        FundSource.StateCapitalBudget => "国有资本经营预算",
        FundSource.FiscalSpecialAccountFunds => "财政专户管理资金",
        FundSource.UnitFunds => "单位资金",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
