namespace BudgetLedger.Faults.Cases;

/// <summary>What a case came to, from best to worst: a case counts under the worst thing found in it.</summary>
public enum Outcome
{
    Ok,
    Unclear,
    WrongChange,
    Crash,
    Hang,
}
