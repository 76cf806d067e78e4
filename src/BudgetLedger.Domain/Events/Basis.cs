namespace BudgetLedger.Domain.Events;

/// <summary>Whether a stated figure is planned (预算) or actual (决算).</summary>
public enum Basis
{
    /// <summary>预算数</summary>
    Budget,

    /// <summary>决算数 / 执行数</summary>
    Actual,
}
