using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>A figure the prose states in 万元 ("财政拨款收入 307.82 万元"): what it is of, as printed, and where.</summary>
public sealed partial record StatedFigure(string Subject, decimal Value, int Decimals, Clause Clause, int Offset)
{
    /// <summary>Half the last printed digit: how far the exact figure may lie from the printed one.</summary>
    public decimal HalfUnit => Rounding.HalfUnit(Decimals);

    public static IEnumerable<StatedFigure> In(Clause clause, string unitName)
    {
        var from = 0;
        foreach (Match m in Figure().Matches(clause.Text))
        {
            var subject = Subjects.Normalize(clause.Text[from..m.Index], unitName);
            from = m.Index + m.Length;
            if (ChangeWord().IsMatch(clause.Text[..m.Index]))
            {
                continue; // the amount of a change, not a figure
            }

            var digits = m.Groups["amount"].Value;
            yield return new StatedFigure(subject, Number(digits), Rounding.DecimalsOf(digits), clause,
                clause.Offset + m.Groups["amount"].Index);
        }
    }

    public static decimal Number(string digits) =>
        decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(增加|减少|增长|下降)了?$")]
    private static partial Regex ChangeWord();

    [GeneratedRegex(@"(?<![\d.])(?<amount>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex Figure();
}
