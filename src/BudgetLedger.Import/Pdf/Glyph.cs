using UglyToad.PdfPig.Content;

namespace BudgetLedger.Import.Pdf;

/// <summary>
/// One visible letter: its text, its advance from x-start to x-end, its baseline (from the page top) and its size.
/// </summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size)
{
    /// <summary>Where the letter's body sits vertically: lines are grouped by this, not by the glyph's ink.</summary>
    public double Centre => Baseline - (Size * 0.35);

    /// <summary>The letter's advance in narrow-character units: a CJK character is two.</summary>
    public double NarrowWidth => (Right - Left) / (WideCharacters.IsWide(Text[0]) ? 2 : 1);

    public static Glyph? From(Letter letter, double pageTop)
    {
        var text = letter.Value;
        if (string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(text) || char.IsControl(text[0]))
        {
            return null;
        }

        var box = letter.BoundingBox;
        var size = letter.PointSize > 0 ? letter.PointSize : box.Height;
        var left = letter.StartBaseLine.X;
        var right = letter.EndBaseLine.X;
        if (right <= left)
        {
            (left, right) = (box.Left, Math.Max(box.Right, box.Left + (size / 2)));
        }

        return new Glyph(text, left, right, pageTop - letter.StartBaseLine.Y, size);
    }
}
