using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A budget and its execution the prose states side by side ("年初预算为 30.00 万元，支出决算为 26.02 万元"), with
/// the completion rate ("完成年初预算的 86.73%") and the comparison word ("决算数小于预算数") that follow it, when
/// they do: the rate in the same or the next clause, the word at the start of the next sentence.
/// </summary>
public sealed partial record StatedExecution(StatedFigure Budget, StatedFigure Actual, decimal? Rate,
    int RateDecimals, int? Comparison)
{
    public static IEnumerable<StatedExecution> In(IReadOnlyList<Clause> clauses, IReadOnlyList<StatedFigure> figures)
    {
        for (var i = 1; i < figures.Count; i++)
        {
            var (budget, actual) = (figures[i - 1], figures[i]);
            if (!actual.Subject.EndsWith("支出决算", StringComparison.Ordinal) || !BudgetSubject().IsMatch(budget.Subject)
                || actual.Clause.Sentence != budget.Clause.Sentence)
            {
                continue;
            }

            var at = clauses.ToList().IndexOf(actual.Clause);
            var rest = clauses.Skip(at).Take(2).Where(c => c.Sentence == actual.Clause.Sentence)
                .Select(c => c == actual.Clause
                    ? AfterFigure().Replace(c.Text[(actual.Offset - c.Offset)..], "") : c.Text);
            var rate = rest.Select(t => RateWords().Match(t)).FirstOrDefault(m => m.Success);
            var next = clauses.Skip(at).FirstOrDefault(c => c.Sentence == actual.Clause.Sentence + 1);
            var word = next is null ? Match.Empty : ComparisonWords().Match(next.Text);
            yield return new StatedExecution(budget, actual,
                rate is null ? null : StatedFigure.Number(rate.Groups["rate"].Value),
                rate is null ? 0 : Rounding.DecimalsOf(rate.Groups["rate"].Value),
                word.Success ? word.Groups["word"].Value switch { "大于" => 1, "小于" => -1, _ => 0 } : null);
        }
    }

    [GeneratedRegex(@"^[\d,.]+万元")]
    private static partial Regex AfterFigure();

    [GeneratedRegex(@"(年初|全年)预算(数)?$")]
    private static partial Regex BudgetSubject();

    [GeneratedRegex(@"^(支出决算)?完成(年初|全年)?预算(数)?的(?<rate>\d+(?:\.\d+)?)%$")]
    private static partial Regex RateWords();

    [GeneratedRegex(@"^决算数(?<word>大于|小于|等于)(全年|年初)?预算数|^决算数与(全年|年初)?预算数(?<word>持平)")]
    private static partial Regex ComparisonWords();
}
