using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Text;

/// <summary>
/// Text laid out in columns by runs of spaces (<c>pdftotext -layout</c>): two or more spaces separate cells, one
/// space stays inside a cell. Applied only to a text with no tab at all.
/// </summary>
public static partial class LayoutColumns
{
    public static string ToTabs(string text) => Gap().Replace(text, "\t");

    /// <summary>Two or more spaces (ASCII or ideographic) between printed characters on one line.</summary>
    [GeneratedRegex(@"(?<=\S)[ \u3000]{2,}(?=\S)")]
    private static partial Regex Gap();
}
