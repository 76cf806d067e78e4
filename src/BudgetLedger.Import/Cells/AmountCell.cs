using System.Globalization;

namespace BudgetLedger.Import.Cells;

/// <summary>
/// A figure cell: "1,762.94", "956.00", "-2.11". A blank cell is "not stated" (null), never zero;
/// anything else in an amount column is an error naming where it is.
/// </summary>
public static class AmountCell
{
    public static decimal? Parse(string cell, Func<string, Exception> error)
    {
        var text = cell.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (text.Length == 0 || text is "-" or "—" or "/")
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw error($"'{cell}' is not an amount");
    }
}
