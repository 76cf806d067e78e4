using System.Text.RegularExpressions;
using BudgetLedger.Import.Cells;
using BudgetLedger.Import.Text;

namespace BudgetLedger.Import.Validation.Kept;

/// <summary>
/// A row of a table kept as printed: its class code (3-digit 类, 5-digit 款, 7-digit 项; printed as one code or
/// over 类/款/项 cells), or 合计, and its figures in the order printed (a blank cell is not a figure).
/// </summary>
public sealed partial record KeptRow(int Line, string? Code, IReadOnlyList<decimal?> Figures)
{
    public bool IsTotal => Code is null;

    public string Label => Code ?? "合计";

    /// <summary>The row, or null when the line holds no figure; Invalid when it holds figures the check cannot
    /// place (no code and no 合计, a second code, text after the figures).</summary>
    public static KeptRow? Of(TextLine line, out bool invalid)
    {
        invalid = false;
        var cells = line.Cells.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var figures = new List<decimal?>();
        var i = cells.Count;
        while (i > 0 && IsFigure(cells[i - 1], out var v))
        {
            figures.Insert(0, v);
            i--;
        }

        var head = cells.Take(i).ToList();
        if (figures.Count == 0)
        {
            invalid = head.Any(c => c.Any(char.IsAsciiDigit) && AmountCell.TryParse(c, out var x) && x is not null);
            return null;
        }

        var code = CodeOf(head, out var rest);
        invalid = rest.Any(c => CodePattern().IsMatch(c) || AmountCell.TryParse(c, out _))
            || (code is null && !(rest.Count == 1 && rest[0].Replace(" ", "", StringComparison.Ordinal) == "合计"));
        return invalid ? null : new KeptRow(line.Number, code, figures);
    }

    private static bool IsFigure(string cell, out decimal? value) =>
        AmountCell.TryParse(cell, out value) && !CodePattern().IsMatch(cell) && (value is not null || cell.Length > 0);

    private static string? CodeOf(List<string> head, out List<string> rest)
    {
        rest = head;
        if (head.Count == 0 || !CodePattern().IsMatch(head[0]))
        {
            return null;
        }

        if (head[0].Length == 3 && head.Count > 1 && Part().IsMatch(head[1]))
        {
            var split = head.Count > 2 && Part().IsMatch(head[2]) ? 3 : 2;
            rest = head.Skip(split).ToList();
            return string.Concat(head.Take(split));
        }

        rest = head.Skip(1).ToList();
        return head[0];
    }

    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex Part();
}
