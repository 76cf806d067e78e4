using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A change against an earlier year the prose states ("比上年减少148.58万元，下降9.50%"): what it is of, its
/// direction word and amount, and the percentage with its own direction word when the next clause gives one.
/// </summary>
public sealed partial record StatedChange(string Subject, bool Increase, StatedFigure Amount, bool? PercentIncrease,
    decimal? Percent, int PercentDecimals, Clause Clause)
{
    public static IEnumerable<StatedChange> In(IReadOnlyList<Clause> clauses, string unitName)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (Change().Match(clauses[i].Text) is not { Success: true } m)
            {
                continue;
            }

            var before = clauses[i].Text[..m.Index];
            var subject = Subjects.Normalize(Comparison().Replace(before, ""), unitName);
            var amount = new StatedFigure(subject, StatedFigure.Number(m.Groups["amount"].Value),
                Rounding.DecimalsOf(m.Groups["amount"].Value), clauses[i],
                clauses[i].Offset + m.Groups["amount"].Index);
            var next = i + 1 < clauses.Count && clauses[i + 1].Sentence == clauses[i].Sentence
                ? Percentage().Match(clauses[i + 1].Text) : Match.Empty;
            yield return next.Success
                ? new StatedChange(subject, IsIncrease(m.Groups["direction"].Value), amount,
                    IsIncrease(next.Groups["direction"].Value), StatedFigure.Number(next.Groups["percent"].Value),
                    Rounding.DecimalsOf(next.Groups["percent"].Value), clauses[i])
                : new StatedChange(subject, IsIncrease(m.Groups["direction"].Value), amount, null, null, 0,
                    clauses[i]);
        }
    }

    private static bool IsIncrease(string word) => word is "增加" or "增长" or "增幅" or "上升";

    [GeneratedRegex(@"(?<direction>增加|减少)了?(?<amount>\d[\d,]*(?:\.\d+)?)万元$")]
    private static partial Regex Change();

    [GeneratedRegex(@"^(?<direction>增加|减少|增长|下降|增幅|减幅|降幅|上升)了?(?<percent>\d+(?:\.\d+)?)%$")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(比|较|与)(上年度?|去年|上一年度?|\d{4}年度?)(预算|决算)?数?(相比)?|(预算|决算)数$")]
    private static partial Regex Comparison();
}
