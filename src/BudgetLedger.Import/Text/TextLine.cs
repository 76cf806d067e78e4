namespace BudgetLedger.Import.Text;

/// <summary>
/// One line of the extracted text: its 1-based number in the file and its tab-separated cells, trimmed.
/// </summary>
public sealed record TextLine(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The page the line is on: 1, then one more after each form feed.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Where each cell sits (laid-out text only): what places cells left blank under their columns.</summary>
    public IReadOnlyList<CellSpan>? Spans { get; init; }

    public string Text => string.Join('\t', Cells).Trim();

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    /// <summary>
    /// The cell at <paramref name="index"/>, or "" past the end (extraction drops trailing empty cells).
    /// </summary>
    public string this[int index] => index < Cells.Count ? Cells[index] : "";

    public IReadOnlyList<string> NonEmptyCells => Cells.Where(c => c.Length > 0).ToList();

    public static TextLine Parse(int number, string raw) =>
        new(number, raw.TrimEnd('\r').Split('\t').Select(c => c.Trim().Replace('\u00a0', ' ').Trim()).ToList());
}
