namespace BudgetLedger.Domain.Events;

public enum VarianceDirection
{
    Increase,
    Decrease,
}
