namespace BudgetLedger.Mutations;

/// <summary>One digit of one printed figure of an interpreted table changed to another digit, in place.</summary>
public static class FigureChange
{
    public static Mutation Run(Baseline document, Random random)
    {
        var (line, at, length) = document.Figures[random.Next(document.Figures.Count)];
        var text = document.Lines[line - 1];
        var before = text.Substring(at, length);
        var digits = before.Select((c, i) => (c, i)).Where(p => char.IsAsciiDigit(p.c)).Select(p => p.i).ToList();
        var position = digits[random.Next(digits.Count)];
        var digit = (char)('0' + ((before[position] - '0' + 1 + random.Next(9)) % 10));
        var after = before[..position] + digit + before[(position + 1)..];
        var lines = document.Lines.ToArray();
        lines[line - 1] = text[..at] + after + text[(at + length)..];
        return new Mutation(document.Judge(string.Join('\n', lines)), $"{document.Name} line {line}: {before} → "
            + $"{after}");
    }
}
