using System.Text;

namespace BudgetLedger.Import.Pdf;

/// <summary>
/// Pages as the importer's tab-separated text: on each line, words closer than a cell gap form one cell (joined
/// by one space, as printed); wider gaps separate cells with a tab. A form feed ends every page. Each line's cells
/// come with where they sit, in points from the page's left edge (the same on every page of a table).
/// </summary>
public static class PdfCellText
{
    public static (string Text, List<IReadOnlyList<CellSpan>> Spans) Render(IEnumerable<PdfPage> pages)
    {
        var text = new StringBuilder();
        var spans = new List<IReadOnlyList<CellSpan>>();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                spans.Add(AppendLine(text, line));
            }

            text.Append('\f');
        }

        return (text.ToString(), spans);
    }

    private static List<CellSpan> AppendLine(StringBuilder text, PdfLine line)
    {
        var spans = new List<CellSpan>();
        PdfWord? previous = null;
        var start = 0.0;
        foreach (var word in line.Words)
        {
            if (previous is null)
            {
                start = word.Left;
            }
            else if (word.Left - previous.Right <= PdfLayoutText.CellGap * line.Size
                && !FigureEnd.Parts(previous.Text, word.Text, word.Left - previous.Right, line.Size))
            {
                text.Append(' ');
            }
            else
            {
                text.Append('\t');
                spans.Add(new CellSpan(start, previous.Right));
                start = word.Left;
            }

            text.Append(word.Text);
            previous = word;
        }

        if (previous is not null)
        {
            spans.Add(new CellSpan(start, previous.Right));
        }

        text.Append('\n');
        return spans;
    }
}
