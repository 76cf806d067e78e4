namespace BudgetLedger.Import.Pdf;

/// <summary>
/// Joins one line's letters into words, left to right: a gap wider than a tenth of the letter size starts a new
/// word (CJK runs come letter by letter, so this is what makes them words). A letter drawn again over itself (a
/// fake bold) is dropped.
/// </summary>
internal static class Words
{
    private const double BreakGap = 0.1;

    private const double DuplicateOffset = 0.2;

    public static List<PdfWord> Join(List<Glyph> line)
    {
        line.Sort((a, b) => a.Left.CompareTo(b.Left));
        var words = new List<PdfWord>();
        var text = new System.Text.StringBuilder();
        var start = line[0].Left;
        var previous = line[0];
        text.Append(previous.Text);
        for (var i = 1; i < line.Count; i++)
        {
            var glyph = line[i];
            if (glyph.Text == previous.Text && glyph.Left - previous.Left < DuplicateOffset * glyph.Size)
            {
                continue;
            }

            var gap = glyph.Left - previous.Right;
            if (gap > BreakGap * Math.Max(glyph.Size, previous.Size)
                || FigureEnd.Parts(text.ToString(), glyph.Text, gap, glyph.Size))
            {
                words.Add(new PdfWord(text.ToString(), start, previous.Right));
                text.Clear();
                start = glyph.Left;
            }

            text.Append(glyph.Text);
            previous = glyph;
        }

        words.Add(new PdfWord(text.ToString(), start, previous.Right));
        return words;
    }
}
