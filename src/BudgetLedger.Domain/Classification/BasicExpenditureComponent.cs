namespace BudgetLedger.Domain.Classification;

/// <summary>基本支出 = 人员经费 + 公用经费.</summary>
public enum BasicExpenditureComponent
{
    /// <summary>人员经费</summary>
    PersonnelCosts,

    /// <summary>公用经费</summary>
    OperatingCosts,
}
