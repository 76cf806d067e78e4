namespace BudgetLedger.Exports.Spreadsheet;

/// <summary>
/// A sheet's name from its table's title: numbered in document order (so unique), without the characters Excel refuses
/// ([ ] : * ? / \), at most 31 characters; a longer title keeps its end, where the table's own name is printed.
/// </summary>
public static class SheetNames
{
    public const int MaxLength = 31;

    public static string Of(int number, string title)
    {
        var prefix = $"{number:D2} ";
        var clean = new string(title.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim().Trim('\'');
        if (prefix.Length + clean.Length <= MaxLength)
        {
            return prefix + clean;
        }

        var tail = clean[^(MaxLength - prefix.Length - 1)..];
        return prefix + "…" + (char.IsLowSurrogate(tail[0]) ? tail[1..] : tail);
    }
}
