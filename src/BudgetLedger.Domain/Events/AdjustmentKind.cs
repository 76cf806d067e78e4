namespace BudgetLedger.Domain.Events;

public enum AdjustmentKind
{
    /// <summary>追加</summary>
    Supplement,

    /// <summary>调减</summary>
    Reduction,
}
