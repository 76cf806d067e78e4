namespace BudgetLedger.Checks.Findings;

public enum CheckSeverity
{
    /// <summary>A rule that does not hold.</summary>
    Finding,

    /// <summary>尾差: off by no more than the rounding of the printed terms.</summary>
    Rounding,
}
