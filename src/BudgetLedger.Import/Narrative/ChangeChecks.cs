namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A stated change against itself: its two direction words agree ("增加…万元，下降…%" is a finding), an 增加 is
/// no larger than the figure of its own subject it led to (or last year's would be below 0), and its percentage
/// follows from its amount and the figure it changed (this year's figure less the change is last year's).
/// </summary>
public static class ChangeChecks
{
    public const string DirectionRule = "text-text.change-direction";
    public const string PercentRule = "text-text.change-percentage";

    public static IEnumerable<Finding> Check(Prose prose, IReadOnlyList<StatedFigure> figures,
        IReadOnlyList<StatedChange> changes)
    {
        foreach (var change in changes)
        {
            var line = prose.LineAt(change.Amount.Offset);
            if (change.PercentIncrease is { } percentIncrease && percentIncrease != change.Increase)
            {
                yield return new Finding(FindingSeverity.Inconsistency, "情况说明", line,
                    $"the notes' change of {change.Subject} says {Word(change.Increase)} for its amount but "
                        + $"{Word(percentIncrease)} for its percentage", Word(change.Increase),
                    Word(percentIncrease)) { RuleId = DirectionRule };
                continue;
            }

            var current = ChangedFigure.Of(change, figures);
            if (change.Increase && current is { } c && (change.Subject.Length == 0 || Subjects.Same(c.Subject,
                change.Subject)) && c.Value + c.HalfUnit < change.Amount.Value - change.Amount.HalfUnit)
            {
                yield return new Finding(FindingSeverity.Inconsistency, "情况说明", line,
                    $"the notes' change of {c.Subject} says 增加 {change.Amount.Value}万元 to {c.Value}万元 (last "
                        + "year's figure would be below 0)", "减少", "增加") { RuleId = DirectionRule };
                continue;
            }

            if (change.Percent is not null && current is not null && Percentage(change, current) is { } finding)
            {
                yield return finding with { Line = line };
            }
        }
    }

    private static Finding? Percentage(StatedChange change, StatedFigure current)
    {
        var sign = change.Increase ? 1m : -1m;
        var bounds = new List<decimal>();
        foreach (var c in new[] { current.Value - current.HalfUnit, current.Value + current.HalfUnit })
        {
            foreach (var a in new[] { change.Amount.Value - change.Amount.HalfUnit,
                change.Amount.Value + change.Amount.HalfUnit })
            {
                var prior = c - sign * a;
                if (prior <= 0m)
                {
                    return null; // from nothing: "增长100%" is a convention, not a ratio
                }

                bounds.Add(a / prior * 100m);
            }
        }

        var stated = change.Percent!.Value;
        var half = Rounding.HalfUnit(change.PercentDecimals);
        if (stated + half >= bounds.Min() && stated - half <= bounds.Max())
        {
            return null;
        }

        var exact = change.Amount.Value / (current.Value - sign * change.Amount.Value) * 100m;
        var shown = Math.Round(exact, Math.Max(change.PercentDecimals, 2));
        return new Finding(Math.Abs(stated - exact) <= 2 * half ? FindingSeverity.RoundingDifference
                : FindingSeverity.Inconsistency, "情况说明", 0,
            $"the notes' change of {change.Subject} ({Word(change.Increase)} {change.Amount.Value}万元 from "
                + $"{current.Value}万元) is {shown}% of last year's figure",
            $"{shown}%", $"{stated}%", stated - shown) { RuleId = PercentRule };
    }

    private static string Word(bool increase) => increase ? "增加" : "减少";
}
