namespace BudgetLedger.Domain.Events;

public enum DocumentKind
{
    /// <summary>预算公开</summary>
    BudgetDisclosure,

    /// <summary>决算公开</summary>
    FinalAccountsDisclosure,
}
