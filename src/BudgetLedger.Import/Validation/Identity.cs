namespace BudgetLedger.Import.Validation;

/// <summary>
/// Checks stated = Σ terms. Within 0.005 per rounded term it is a 尾差 warning; beyond, a finding.
/// A stated figure that is blank is not checked (blank means "not stated").
/// </summary>
public static class Identity
{
    public static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const decimal RoundingPerTerm = 0.005m;

    public static Finding? Check(string table, int line, string rule, decimal? stated, IReadOnlyCollection<decimal?> terms)
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

        var severity = difference <= RoundingPerTerm * (terms.Count + 1) ? FindingSeverity.RoundingDifference : FindingSeverity.Inconsistency;
        return new Finding(severity, table, line, rule, Text(expected), Text(actual), actual - expected);
    }
}
