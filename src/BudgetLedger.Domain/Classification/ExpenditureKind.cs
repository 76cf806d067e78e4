namespace BudgetLedger.Domain.Classification;

/// <summary>基本支出 or 项目支出.</summary>
public enum ExpenditureKind
{
    /// <summary>基本支出</summary>
    BasicExpenditure,

    /// <summary>项目支出</summary>
    ProjectExpenditure,
}
