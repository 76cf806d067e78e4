using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// An item (项) the notes head a paragraph with ("…其他城乡社区管理事务支出（项）7957.59 万元，主要用于…") against the
/// 支出决算 the paragraph goes on to state ("年初预算为 7851.46 万元，支出决算为 7957.59 万元"): one figure. Only
/// where that 支出决算 is the next one stated, within the two sentences after, before any other item.
/// </summary>
public static partial class ItemExecutionChecks
{
    public const string Rule = "text-text.item-execution";

    public static IEnumerable<Finding> Check(Prose prose, IReadOnlyList<StatedFigure> figures,
        IReadOnlyList<StatedExecution> executions)
    {
        var items = figures.Where(f => Item().IsMatch(f.Subject)).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var (item, next) = (items[i], i + 1 < items.Count ? items[i + 1].Offset : int.MaxValue);
            if (executions.FirstOrDefault(e => e.Actual.Offset > item.Offset) is not { } e
                || e.Actual.Offset > next || e.Actual.Clause.Sentence > item.Clause.Sentence + 2
                || Math.Abs(item.Value - e.Actual.Value) <= item.HalfUnit + e.Actual.HalfUnit)
            {
                continue;
            }

            yield return new Finding(FindingSeverity.Inconsistency, "情况说明", prose.LineAt(item.Offset),
                $"the notes' {item.Subject} {item.Value}万元 against the 支出决算 its paragraph states (line "
                    + $"{prose.LineAt(e.Actual.Offset)})", Identity.Text(e.Actual.Value), Identity.Text(item.Value),
                item.Value - e.Actual.Value) { RuleId = Rule };
        }
    }

    [GeneratedRegex(@"[（(]项[）)]$")]
    private static partial Regex Item();
}
