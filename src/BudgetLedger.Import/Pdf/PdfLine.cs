namespace BudgetLedger.Import.Pdf;

/// <summary>
/// The words sharing one baseline, left to right. <paramref name="Baseline"/> is in points from the top of the page;
/// <paramref name="Size"/> is the line's typical font size in points.
/// </summary>
public sealed record PdfLine(double Baseline, double Size, IReadOnlyList<PdfWord> Words)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}
