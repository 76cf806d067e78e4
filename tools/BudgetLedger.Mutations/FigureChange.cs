namespace BudgetLedger.Mutations;

/// <summary>One digit of one printed figure of a recognised table changed to another digit.</summary>
public static class FigureChange
{
    public static Mutation Run(Baseline document, Random random)
    {
        var (line, cell) = document.Figures[random.Next(document.Figures.Count)];
        var cells = document.Lines[line - 1].TrimEnd('\r').Split('\t');
        var before = cells[cell].Trim();
        var digits = before.Select((c, i) => (c, i)).Where(p => char.IsAsciiDigit(p.c)).Select(p => p.i).ToList();
        var at = digits[random.Next(digits.Count)];
        var digit = (char)('0' + ((before[at] - '0' + 1 + random.Next(9)) % 10));
        var after = before[..at] + digit + before[(at + 1)..];
        cells[cell] = cells[cell].Replace(before, after, StringComparison.Ordinal);
        var lines = document.Lines.ToArray();
        lines[line - 1] = string.Join('\t', cells);
        return new Mutation(document.Judge(string.Join('\n', lines)), $"{document.Name} line {line} cell {cell + 1}: "
            + $"{before} → {after}");
    }
}
