using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// 持平 against what the notes say beside it and elsewhere: a change with a non-zero amount or percentage in the
/// clause just before it ("减少5.00万元，下降10%，与上年持平"), and the same item said elsewhere to have 增加/减少 a
/// non-zero amount or to have fallen to 0 ("公务接待费减少至0万元" and "公务接待费与上年持平").
/// </summary>
public static partial class LevelChecks
{
    public const string ChangeRule = "text-text.level-change";
    public const string TwiceRule = "text-text.item-described-twice";

    public static IEnumerable<Finding> Check(Prose prose, IReadOnlyList<Clause> clauses,
        IReadOnlyList<StatedFigure> figures, IReadOnlyList<StatedChange> changes, string unitName)
    {
        var levels = StatedLevel.In(clauses, figures, unitName).ToList();
        var index = clauses.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        foreach (var level in levels)
        {
            var beside = changes.FirstOrDefault(c => c.Clause.Sentence == level.Clause.Sentence
                && level.Index - index[c.Clause] is var gap && (gap == 1 || (gap == 2 && c.Percent is not null)));
            if (beside is not null && NonZero(beside))
            {
                yield return new Finding(FindingSeverity.Inconsistency, "情况说明", prose.LineAt(level.Clause.Offset),
                    $"the notes call {Named(level.Subject)} 持平 beside a change of {Amounts(beside)}", "持平 with 0",
                    Amounts(beside)) { RuleId = ChangeRule };
                continue;
            }

            var key = Key(level.Subject);
            var others = key.Length < 3 ? [] : Elsewhere(clauses, figures, changes, unitName)
                .Where(o => o.Clause.Sentence != level.Clause.Sentence && Key(o.Subject) == key).Take(1).ToList();
            if (others is [var other])
            {
                yield return new Finding(FindingSeverity.Inconsistency, "情况说明", prose.LineAt(level.Clause.Offset),
                    $"the notes call {level.Subject} 持平 and say at line {prose.LineAt(other.Clause.Offset)} it "
                        + other.Said, "one description", $"持平 and {other.Said}") { RuleId = TwiceRule };
            }
        }
    }

    /// <summary>What the notes say elsewhere moved: a change with a non-zero amount, or a fall to 0.</summary>
    private static IEnumerable<(string Subject, Clause Clause, string Said)> Elsewhere(IReadOnlyList<Clause> clauses,
        IReadOnlyList<StatedFigure> figures, IReadOnlyList<StatedChange> changes, string unitName)
    {
        foreach (var change in changes.Where(NonZero))
        {
            var subject = change.Subject.Length > 0 ? change.Subject : ChangedFigure.Of(change, figures)?.Subject;
            if (subject is not null)
            {
                yield return (subject, change.Clause, Amounts(change));
            }
        }

        foreach (var clause in clauses)
        {
            if (ToZero().Match(clause.Text) is { Success: true } m)
            {
                yield return (Subjects.Normalize(m.Groups["subject"].Value, unitName), clause, "fell to 0");
            }
        }
    }

    private static bool NonZero(StatedChange change) => change.Amount.Value != 0m || change.Percent is > 0m;

    private static string Amounts(StatedChange change) => (change.Increase ? "增加 " : "减少 ")
        + $"{change.Amount.Value}万元" + (change.Percent is { } p ? $" ({p}%)" : "");

    private static string Named(string subject) => subject.Length > 0 ? subject : "a figure";

    /// <summary>The item without the words that say which column of it (支出, 预算, 决算, 数).</summary>
    private static string Key(string subject) => Column().Replace(subject, "");

    [GeneratedRegex(@"(财政拨款)?(支出)?(年初)?(预算|决算|执行)?(安排)?数?$")]
    private static partial Regex Column();

    [GeneratedRegex(@"^(?<subject>.+?)(比上年度?|较上年度?|比\d{4}年度?)?(减少|下降|降)(至|到|为)0(\.0+)?(万元)?$")]
    private static partial Regex ToZero();
}
