namespace BudgetLedger.Domain.Events;

/// <summary>The kind of reason a unit gives for a change (变动原因).</summary>
public enum VarianceReasonKind
{
    Transfer,
    New,
    Ended,
    OneOff,
    Increase,
    Decrease,
}
