namespace BudgetLedger.Import.Pdf;

/// <summary>
/// A run of letters on one baseline with no gap wider than a word break, from x-start to x-end (points).
/// </summary>
public sealed record PdfWord(string Text, double Left, double Right);
