using System.Text;

namespace BudgetLedger.Import.Pdf;

/// <summary>
/// Renders pages as <c>pdftotext -layout</c> does: each line's words at the character column of their x position
/// (the page's typical narrow-character width is one column), separate cells at least two spaces apart, words of
/// one cell one space apart; a blank line where the text skips a line; a form feed ending every page.
/// </summary>
public static class PdfLayoutText
{
    /// <summary>A gap wider than this many letter sizes separates cells, not words of one cell.</summary>
    internal const double CellGap = 0.8;

    /// <summary>A baseline this many line sizes below the previous one leaves a blank line between them.</summary>
    private const double BlankLineGap = 2.2;

    public static string Render(IEnumerable<PdfPage> pages)
    {
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            AppendPage(text, page);
        }

        return text.ToString();
    }

    public static string Render(PdfPage page) => AppendPage(new StringBuilder(), page).ToString();

    private static StringBuilder AppendPage(StringBuilder text, PdfPage page)
    {
        var left = page.Lines.Count == 0 ? 0 : page.Lines.Min(l => l.Words[0].Left);
        PdfLine? previous = null;
        foreach (var line in page.Lines)
        {
            if (previous is not null && line.Baseline - previous.Baseline > BlankLineGap * previous.Size)
            {
                text.Append('\n');
            }

            AppendLine(text, line, left, page.CharacterWidth);
            previous = line;
        }

        return text.Append('\f');
    }

    private static void AppendLine(StringBuilder text, PdfLine line, double left, double characterWidth)
    {
        var column = 0;
        PdfWord? previous = null;
        foreach (var word in line.Words)
        {
            var target = (int)Math.Round((word.Left - left) / characterWidth);
            var spaces = previous is null ? target
                : word.Left - previous.Right <= CellGap * line.Size ? 1
                : Math.Max(target - column, 2);
            text.Append(' ', spaces).Append(word.Text);
            column += spaces + word.Text.Length;
            previous = word;
        }

        text.Append('\n');
    }
}
