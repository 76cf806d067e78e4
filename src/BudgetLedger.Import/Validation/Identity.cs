namespace BudgetLedger.Import.Validation;

/// <summary>
/// Checks stated = Σ terms. Within 0.005 per rounded term it is a 尾差 warning; beyond, a finding.
/// A stated figure that is blank is not checked (blank means "not stated").
/// </summary>
public static class Identity
{
    public static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const decimal RoundingPerTerm = 0.005m;

    /// <summary>Every stated = Σ terms, whichever table and figures (the finding's rule text names them).</summary>
    public const string RuleId = "identity.sum";

    /// <summary>
    /// Half a unit of the finest decimal printed among the figures: 0.005 for figures printed to the fen of 万元
    /// ("956.00"), 0.5 for whole 元 ("12345"). Rounding each printed term by that much is a 尾差, not a finding.
    /// </summary>
    private static decimal PerTerm(decimal stated, IReadOnlyCollection<decimal?> terms)
    {
        var scale = terms.OfType<decimal>().Append(stated).Max(v => v.Scale);
        return scale >= 2 ? RoundingPerTerm : 0.5m / (decimal)Math.Pow(10, scale);
    }

    public static Finding? Check(string table, int line, string rule, decimal? stated,
        IReadOnlyCollection<decimal?> terms)
    {
        if (stated is not { } actual || terms.All(t => t is null))
        {
            return null;
        }

        var expected = terms.Sum(t => t ?? 0m);
        var difference = Math.Abs(actual - expected);
        if (difference == 0m)
        {
            IdentityTally.CountHeld(table);
            return null;
        }

        var severity = difference <= PerTerm(actual, terms) * (terms.Count + 1) ? FindingSeverity.RoundingDifference
            : FindingSeverity.Inconsistency;
        return new Finding(severity, table, line, rule, Text(expected), Text(actual), actual - expected)
            { RuleId = RuleId };
    }
}
