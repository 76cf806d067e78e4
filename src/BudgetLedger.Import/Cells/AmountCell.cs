using System.Globalization;

namespace BudgetLedger.Import.Cells;

/// <summary>
/// A figure cell: "1,762.94", "956.00", "-2.11". A blank cell is "not stated" (null), never zero;
/// anything else in an amount column is an error naming where it is.
/// </summary>
public static class AmountCell
{
    public static decimal? Parse(string cell, Func<string, Exception> error) =>
        TryParse(cell, out var value) ? value : throw error($"'{Shorten(cell)}' is not an amount (a number within "
            + $"±{Domain.Amounts.Amount.MaxYuan:N0})");

    private static string Shorten(string cell) => cell.Length <= 40 ? cell : $"{cell[..40]}… ({cell.Length:N0} "
        + "characters)";

    /// <summary>False when the cell holds text; true with null when it is blank.</summary>
    public static bool TryParse(string cell, out decimal? value)
    {
        value = null;
        var text = cell.Replace(",", "", StringComparison.Ordinal).Replace("，", "",
            StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (text.Length == 0 || text is "-" or "—" or "——" or "/")
        {
            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        value = parsed;
        return Math.Abs(parsed) <= Domain.Amounts.Amount.MaxYuan;
    }
}
