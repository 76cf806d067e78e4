namespace BudgetLedger.Import.Narrative;

/// <summary>
/// Whether a printed percentage can be part ÷ whole of two printed figures: some exact values within half a unit
/// of each figure's last digit give a ratio that rounds to it. Null when the whole may be zero or less.
/// </summary>
public static class Ratio
{
    public static bool? Follows(decimal part, decimal partHalf, decimal whole, decimal wholeHalf, decimal percent,
        int percentDecimals)
    {
        if (whole - wholeHalf <= 0m)
        {
            return null;
        }

        var low = (part - partHalf) / (whole + wholeHalf) * 100m;
        var high = (part + partHalf) / (whole - wholeHalf) * 100m;
        var half = Rounding.HalfUnit(percentDecimals);
        return percent + half >= low && percent - half <= high;
    }
}
