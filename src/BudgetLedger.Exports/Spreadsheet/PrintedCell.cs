using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetLedger.Exports.Spreadsheet;

/// <summary>
/// A printed cell as a spreadsheet holds it: a number where the printed text is one (1762.94, 1,762.94, -3.00), shown
/// with as many decimals and the same grouping as printed; text otherwise, in full. A whole number in the first column
/// is a code or a row number, and one with a leading zero (款 "01") a code part: both stay text.
/// </summary>
public sealed partial record PrintedCell(string Text, decimal? Number, int Decimals, bool Grouped)
{
    public const int MaxDecimals = 6;

    public static PrintedCell Of(string text, int column)
    {
        var match = NumberPattern().Match(text);
        if (!match.Success || (column == 0 && !match.Groups["fraction"].Success)
            || match.Groups["fraction"].Value.Length > MaxDecimals + 1
            || (match.Groups["whole"].Value is ['0', _, ..]))
        {
            return new PrintedCell(text, null, 0, false);
        }

        var grouped = match.Groups["whole"].Value.Contains(',', StringComparison.Ordinal);
        var number = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands
            | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new PrintedCell(text, number, Math.Max(0, match.Groups["fraction"].Value.Length - 1), grouped);
    }

    [GeneratedRegex(@"^-?(?<whole>\d{1,3}(,\d{3})+|\d+)(?<fraction>\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
