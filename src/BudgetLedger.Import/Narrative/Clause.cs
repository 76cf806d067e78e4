namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A stretch of prose between punctuation (，；：、 or an ASCII comma not inside a number), with its sentence
/// (counted by 。) and where it starts.
/// </summary>
public sealed record Clause(string Text, int Offset, int Sentence)
{
    public static IReadOnlyList<Clause> Split(string prose)
    {
        var clauses = new List<Clause>();
        var (start, sentence) = (0, 0);
        for (var i = 0; i <= prose.Length; i++)
        {
            var end = i == prose.Length;
            var c = end ? '。' : prose[i];
            var asciiComma = c == ',' && !(i > 0 && i + 1 < prose.Length && char.IsAsciiDigit(prose[i - 1])
                && char.IsAsciiDigit(prose[i + 1]));
            if (c is '，' or '；' or '：' or '、' or '。' or ';' or ':' || asciiComma)
            {
                if (i > start)
                {
                    clauses.Add(new Clause(prose[start..i], start, sentence));
                }

                start = i + 1;
                sentence += c == '。' ? 1 : 0;
            }
        }

        return clauses;
    }
}
