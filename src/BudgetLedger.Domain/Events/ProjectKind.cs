namespace BudgetLedger.Domain.Events;

public enum ProjectKind
{
    /// <summary>一次性</summary>
    OneOff,

    /// <summary>经常性</summary>
    Recurring,

    /// <summary>延续性</summary>
    Continuing,
}
