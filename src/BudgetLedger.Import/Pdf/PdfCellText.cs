using System.Text;

namespace BudgetLedger.Import.Pdf;

/// <summary>
/// Pages as the importer's tab-separated text: on each line, words closer than a cell gap form one cell (joined
/// by one space, as printed); wider gaps separate cells with a tab. A form feed ends every page.
/// </summary>
public static class PdfCellText
{
    public static string Render(IEnumerable<PdfPage> pages)
    {
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                AppendLine(text, line);
            }

            text.Append('\f');
        }

        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, PdfLine line)
    {
        PdfWord? previous = null;
        foreach (var word in line.Words)
        {
            if (previous is not null)
            {
                text.Append(word.Left - previous.Right <= PdfLayoutText.CellGap * line.Size ? ' ' : '\t');
            }

            text.Append(word.Text);
            previous = word;
        }

        text.Append('\n');
    }
}
