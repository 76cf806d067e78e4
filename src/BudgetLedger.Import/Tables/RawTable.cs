namespace BudgetLedger.Import.Tables;

/// <summary>
/// A table as found in the text: its title (and the line it is on), the unit its figures are in, and its
/// lines with page furniture, unit and name lines taken out. Notes ("注：本表无数据") are kept apart.
/// </summary>
public sealed record RawTable(string Title, int TitleLine, AmountUnit? Unit, IReadOnlyList<TextLine> Lines,
    IReadOnlyList<string> Notes)
{
    /// <summary>The page the title is printed on.</summary>
    public int TitlePage { get; init; } = 1;

    /// <summary>The table says it holds nothing ("本表无数据", "我单位无…").</summary>
    public bool DeclaredEmpty => Notes.Any(n => n.Contains("无数据", StringComparison.Ordinal)
        || n.Contains("我单位无", StringComparison.Ordinal) || n.Contains("本单位无", StringComparison.Ordinal));
}
