using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A figure the prose calls unchanged against an earlier year ("公务接待费与2024年持平", "0万元，与2025年预算持平"):
/// what it is of (its own words, else the figure of the clause before it in the same sentence) and its clause's
/// place among the clauses. "基本持平" (roughly level) is not one.
/// </summary>
public sealed partial record StatedLevel(string Subject, Clause Clause, int Index)
{
    public static IEnumerable<StatedLevel> In(IReadOnlyList<Clause> clauses, IReadOnlyList<StatedFigure> figures,
        string unitName)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (Level().Match(clauses[i].Text) is not { Success: true } m)
            {
                continue;
            }

            var subject = Subjects.Normalize(m.Groups["subject"].Value, unitName);
            if (subject.Length == 0 && i > 0 && clauses[i - 1].Sentence == clauses[i].Sentence)
            {
                subject = figures.LastOrDefault(f => f.Clause == clauses[i - 1])?.Subject ?? "";
            }

            yield return new StatedLevel(subject, clauses[i], i);
        }
    }

    [GeneratedRegex(@"^(?<subject>.*?)(与|和|较|同)(上年度?|去年|上一年度?|\d{4}年?度?)(同期)?(年初)?(预算|决算|执行)?数?"
        + @"(相比|比较)?(持平|无变化|没有变化|未发生变化)$")]
    private static partial Regex Level();
}
