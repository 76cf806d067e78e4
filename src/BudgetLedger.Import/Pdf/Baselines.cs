namespace BudgetLedger.Import.Pdf;

/// <summary>
/// Groups a page's letters into lines, top to bottom. A letter joins the current line when its em box overlaps the
/// em box of the line's first letter by at least half the smaller of the two: for letters of one size, when their
/// vertical centres are within half the size of each other; a large value beside a small label on a shifted
/// baseline still shares the label's line, while the lines of a two-line cell beside a one-line row do not.
/// </summary>
internal static class Baselines
{
    public static List<List<Glyph>> Group(List<Glyph> glyphs)
    {
        glyphs.Sort((a, b) => a.Centre.CompareTo(b.Centre));
        var lines = new List<List<Glyph>>();
        List<Glyph>? line = null;
        var anchor = default(Glyph);
        foreach (var glyph in glyphs)
        {
            if (line is null || glyph.Centre - anchor.Centre > Reach(anchor.Size, glyph.Size))
            {
                line = [];
                lines.Add(line);
                anchor = glyph;
            }

            line.Add(glyph);
        }

        return lines;
    }

    private static double Reach(double a, double b) => ((a + b) / 2) - (Math.Min(a, b) / 2);
}
