namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A figure of the document's tables in 万元, how far its exact value may lie from it (the half-units of the
/// printed terms it is made of), the rule that pairs it with a stated figure and what it is, for the finding.
/// </summary>
public sealed record TableFigure(decimal Value, decimal Tolerance, string RuleId, string Description, int Terms = 1)
{
    public static TableFigure Of(IReadOnlyList<Amount> terms, string ruleId, string description) =>
        new(terms.Sum(t => t.To(AmountUnit.TenThousandYuan).Value), terms.Sum(HalfUnit), ruleId, description,
            terms.Count);

    /// <summary>Tables print 万元 with 2 decimals and 元 as whole numbers.</summary>
    private static decimal HalfUnit(Amount amount) => amount.Unit == AmountUnit.Yuan ? 0.00005m : 0.005m;
}
