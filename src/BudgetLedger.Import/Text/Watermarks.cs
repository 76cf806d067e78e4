using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Text;

/// <summary>
/// Page furniture repeated between rows: a short single-cell line without digits or colons that recurs
/// many times (e.g. "仅供内部审核"). Such lines are dropped before tables are read.
/// </summary>
public static partial class Watermarks
{
    private const int MinRepeats = 5;

    public static IReadOnlySet<string> Find(IEnumerable<TextLine> lines) =>
        lines.Where(l => l.NonEmptyCells.Count == 1)
            .Select(l => l.Text)
            .Where(t => t.Length <= 16 && !Structural().IsMatch(t))
            .GroupBy(t => t)
            .Where(g => g.Count() >= MinRepeats)
            .Select(g => g.Key)
            .ToHashSet();

    [GeneratedRegex(@"[0-9０-９:：表]|^注")]
    private static partial Regex Structural();
}
