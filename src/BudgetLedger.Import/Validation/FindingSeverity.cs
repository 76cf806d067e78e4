namespace BudgetLedger.Import.Validation;

public enum FindingSeverity
{
    /// <summary>尾差: off by no more than the rounding of its terms (0.005 万元 each). A warning.</summary>
    RoundingDifference,

    /// <summary>
    /// An identity that does not hold: recorded as an event for the auditor; <c>--strict</c> refuses the document.
    /// </summary>
    Inconsistency,
}
