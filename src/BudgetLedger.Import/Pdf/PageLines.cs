using UglyToad.PdfPig.Content;

namespace BudgetLedger.Import.Pdf;

/// <summary>One PDF page's letters as lines of words in reading order, with the page's column unit.</summary>
internal static class PageLines
{
    public static PdfPage Read(Page page)
    {
        var top = page.MediaBox.Bounds.Top;
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (Glyph.From(letter, top) is { } glyph)
            {
                glyphs.Add(glyph);
            }
        }

        if (glyphs.Count == 0)
        {
            return new PdfPage(page.Number, 1, []);
        }

        var characterWidth = Median(glyphs, g => g.NarrowWidth);
        var lines = Baselines.Group(glyphs)
            .Select(l => new PdfLine(Median(l, g => g.Baseline), Median(l, g => g.Size), Words.Join(l)))
            .ToList();
        return new PdfPage(page.Number, characterWidth > 0 ? characterWidth : 1, lines);
    }

    private static double Median(List<Glyph> glyphs, Func<Glyph, double> value)
    {
        var values = new double[glyphs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(glyphs[i]);
        }

        Array.Sort(values);
        return values[values.Length / 2];
    }
}
