using System.Globalization;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A stated share (占X%) against its part and whole: the figure its list opens with, or the whole it names (the
/// summary table's 本年收入合计 or 本年支出合计, else the one figure the notes state for that whole), or, for a list
/// whose shares add up to 100% and which names no whole, the sum of its parts. The
/// percentage must be one that some exact values within half a unit of each printed figure give. A share one unit of
/// its last digit off, in a list whose shares add up to exactly 100%, was moved to make them do so: no finding. A
/// share whose part or whole is found off its table is left to that finding.
/// </summary>
public static class ShareChecks
{
    public const string TextRule = "text-text.share";
    public const string TableRule = "text-table.share";

    public static IEnumerable<Finding> Check(Prose prose, IReadOnlyList<StatedFigure> figures,
        IReadOnlyList<StatedShare> shares, IReadOnlySet<StatedFigure> misstated, IReadOnlyList<IBudgetEvent> events)
    {
        var lists = shares.ToLookup(s => s.List);
        var toHundred = lists.Where(l => l.Sum(s => s.Percent) == 100m).SelectMany(l => l).ToHashSet();
        var summed = new HashSet<int>();
        foreach (var share in shares.Where(s => !s.Misstated(misstated)))
        {
            var ofSum = share.Whole is null && share.WholeName.Length == 0;
            var (whole, half, rule, description) = Whole(share, lists[share.List].ToList(), figures, events);
            if (whole is not { } w || Ratio.Follows(share.Part.Value, share.Part.HalfUnit, w, half, share.Percent,
                share.Decimals) != false || (ofSum && (lists[share.List].Any(s => s.Misstated(misstated))
                    || !summed.Add(share.List))))
            {
                continue; // one wrong part puts every share of a sum off: one finding a list
            }

            var digits = Math.Max(2, share.Decimals);
            var exact = Math.Round(share.Part.Value / w * 100m, digits);
            var shown = exact.ToString($"F{digits}", CultureInfo.InvariantCulture);
            var oneUnit = Math.Abs(share.Percent - exact) <= 2 * Rounding.HalfUnit(share.Decimals);
            if (oneUnit && toHundred.Contains(share))
            {
                continue;
            }

            yield return new Finding(oneUnit ? FindingSeverity.RoundingDifference : FindingSeverity.Inconsistency,
                "情况说明", prose.LineAt(share.Part.Offset),
                $"the notes' share of {share.Part.Subject} ({share.Part.Value}万元) in {description}",
                $"{shown}%", $"{share.Percent}%", share.Percent - exact) { RuleId = rule };
        }
    }

    private static (decimal? Value, decimal Half, string Rule, string Description) Whole(StatedShare share,
        IReadOnlyList<StatedShare> list, IReadOnlyList<StatedFigure> figures, IReadOnlyList<IBudgetEvent> events)
    {
        if (share.Whole is { } opening)
        {
            return (opening.Value, opening.HalfUnit, TextRule, $"{opening.Subject} ({opening.Value}万元)");
        }

        if (share.WholeName.Length == 0)
        {
            var sum = list.Sum(s => s.Part.Value);
            return list.Count > 1 && Math.Abs(list.Sum(s => s.Percent) - 100m)
                <= list.Sum(s => Rounding.HalfUnit(s.Decimals))
                ? (sum, list.Sum(s => s.Part.HalfUnit), TextRule, $"the sum of its list ({sum}万元)")
                : (null, 0m, TextRule, "");
        }

        if (SummaryTotal(share.WholeName, events) is { } total)
        {
            return (total.Value, total.Tolerance, TableRule, total.Description);
        }

        var stated = figures.Where(f => f != share.Part && Subjects.Same(f.Subject, share.WholeName)).ToList();
        return stated.Count > 0 && stated.Select(f => f.Value).Distinct().Count() == 1
            ? (stated[0].Value, stated.Max(f => f.HalfUnit), TextRule,
                $"{share.WholeName} as the notes state it ({stated[0].Value}万元)")
            : (null, 0m, TextRule, "");
    }

    /// <summary>本年收入合计 / 本年支出合计 of the summary table (the notes' 本年 is left out of the name).</summary>
    private static TableFigure? SummaryTotal(string name, IReadOnlyList<IBudgetEvent> events) =>
        name is "收入合计" or "支出合计" && SummaryRow.InSummary(events, name) is { } total
            ? TableFigure.Of([total], TableRule, $"本年{name} of the 收支总表") : null;
}
