namespace BudgetLedger.Import.Pdf;

/// <summary>
/// One page's text lines in reading order (top to bottom). <paramref name="CharacterWidth"/> is the page's typical
/// width of a narrow character in points (a CJK character counts as two): the unit of a layout column.
/// </summary>
public sealed record PdfPage(int Number, double CharacterWidth, IReadOnlyList<PdfLine> Lines);
