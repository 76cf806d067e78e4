namespace BudgetLedger.Import.Narrative;

/// <summary>How precise a printed figure is.</summary>
public static class Rounding
{
    public static int DecimalsOf(string digits) =>
        digits.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? digits.Length - dot - 1 : 0;

    public static decimal HalfUnit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit / 2m;
    }
}
