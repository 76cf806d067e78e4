using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Text;

/// <summary>
/// Text laid out in columns by runs of spaces (<c>pdftotext -layout</c>): two or more spaces separate cells, one
/// space stays inside a cell. Each cell keeps the character columns it spans, so a table can place it under its
/// header. Applied only to a text with no tab at all.
/// </summary>
public static partial class LayoutColumns
{
    public static TextLine Parse(int number, string raw)
    {
        var cells = new List<string>();
        var spans = new List<CellSpan>();
        foreach (Match cell in Cell().Matches(raw.TrimEnd('\r')))
        {
            cells.Add(cell.Value.Replace('\u00a0', ' ').Trim());
            spans.Add(new CellSpan(cell.Index, cell.Index + cell.Length));
        }

        return cells.Count == 0 ? new TextLine(number, [""]) : new TextLine(number, cells) { Spans = spans };
    }

    /// <summary>Printed characters joined by single spaces (ASCII or ideographic).</summary>
    [GeneratedRegex(@"[^ \u3000\t]+(?:[ \u3000][^ \u3000\t]+)*")]
    private static partial Regex Cell();
}
