using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Readers;

/// <summary>
/// Tables that print several blocks of (code, name, figures…) side by side, as the economic-class tables do: a block
/// starts at each column where rows print class codes and runs to the next such column.
/// </summary>
public static partial class CodeBlocks
{
    /// <summary>Columns where most body cells are class codes (3, 5 or 7 digits).</summary>
    public static List<int> CodeColumns(IReadOnlyList<TextLine> lines)
    {
        var body = lines.Where(TableGrid.IsBody).ToList();
        var width = body.Count == 0 ? 0 : body.Max(l => l.Cells.Count);
        return Enumerable.Range(0, width).Where(c =>
        {
            var filled = body.Select(l => l[c]).Where(x => x.Length > 0).ToList();
            return filled.Count > 0 && filled.Count(x => ClassCode().IsMatch(x)) * 2 > filled.Count;
        }).ToList();
    }

    /// <summary>Each row's entries: (code, name, figure cells) for every block whose code cell holds a code.</summary>
    public static IEnumerable<(TextLine Line, int Column, string Code, string Name, IReadOnlyList<string> Figures)>
        Entries(IReadOnlyList<TextLine> lines)
    {
        var codes = CodeColumns(lines);
        var width = lines.Count == 0 ? 0 : lines.Max(l => l.Cells.Count);
        foreach (var line in lines)
        {
            for (var b = 0; b < codes.Count; b++)
            {
                var at = codes[b];
                var end = b + 1 < codes.Count ? codes[b + 1] : width;
                if (ClassCode().IsMatch(line[at]))
                {
                    yield return (line, at, line[at], line[at + 1],
                        Enumerable.Range(at + 2, Math.Max(0, end - at - 2)).Select(i => line[i]).ToList());
                }
            }
        }
    }

    public static bool IsCode(string cell) => ClassCode().IsMatch(cell);

    [GeneratedRegex(@"^\d{3}(\d{2}){0,2}$")]
    private static partial Regex ClassCode();
}
