using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Narrative;

/// <summary>
/// A share the prose states right after a figure ("基本支出3,583.57万元，占比41.37%"): the figure, the percentage,
/// and the whole it is of. The whole is the one the share names ("占本年支出合计的100.00%"), or else the figure that
/// opens the list the part is in ("支出合计8,662.13万元，其中：基本支出…，占…；项目支出…，占…"): only where
/// 其中/主要包括/主要用于 follows that figure and every figure between it and the part has a share of its own.
/// </summary>
/// <param name="List">the index among the stated figures of the first part of its list (itself when it has none)
/// </param>
public sealed partial record StatedShare(StatedFigure Part, StatedFigure? Whole, string WholeName, decimal Percent,
    int Decimals, Clause Clause, int List)
{
    public static IEnumerable<StatedShare> In(string prose, IReadOnlyList<Clause> clauses,
        IReadOnlyList<StatedFigure> figures, string unitName)
    {
        var shares = new Dictionary<int, (Match Match, Clause Clause)>();
        for (var i = 1; i < clauses.Count; i++)
        {
            var before = clauses[i - 1];
            var part = figures.Select((f, at) => (f, at)).LastOrDefault(x => x.f.Clause == before);
            if (Share().Match(clauses[i].Text) is { Success: true } m && part.f is not null
                && before.Sentence == clauses[i].Sentence && before.Text.EndsWith("万元", StringComparison.Ordinal))
            {
                shares[part.at] = (m, clauses[i]);
            }
        }

        foreach (var (at, (m, clause)) in shares.OrderBy(s => s.Key))
        {
            var named = m.Groups["whole"].Success ? Subjects.Normalize(m.Groups["whole"].Value, unitName) : "";
            var first = First(prose, figures, shares, at);
            yield return new StatedShare(figures[at], named.Length > 0 ? null : Opening(prose, figures, first),
                named, StatedFigure.Number(m.Groups["percent"].Value),
                Rounding.DecimalsOf(m.Groups["percent"].Value), clause, first);
        }
    }

    /// <summary>Its part or its whole is among <paramref name="figures"/> (found off its table: one slip, one finding).
    /// </summary>
    public bool Misstated(IReadOnlySet<StatedFigure> figures) =>
        figures.Contains(Part) || (Whole is { } whole && figures.Contains(whole));

    /// <summary>The first part of the list: back over the figures before it that have a share of their own, up to
    /// one followed by 其中 or the like (a list within the list).</summary>
    private static int First(string prose, IReadOnlyList<StatedFigure> figures,
        Dictionary<int, (Match Match, Clause Clause)> shares, int at)
    {
        var first = at;
        while (first > 0 && shares.TryGetValue(first - 1, out var sibling)
            && !ListWord().IsMatch(Between(prose, sibling.Clause.Offset, figures[first].Offset)))
        {
            first--;
        }

        return first;
    }

    /// <summary>The figure a list opens with, when the prose makes it one.</summary>
    private static StatedFigure? Opening(string prose, IReadOnlyList<StatedFigure> figures, int first)
    {
        if (first == 0)
        {
            return null;
        }

        var whole = figures[first - 1];
        var end = prose.IndexOf("万元", whole.Offset, StringComparison.Ordinal) + 2;
        return Opens().IsMatch(Between(prose, end, figures[first].Offset)) ? whole : null;
    }

    private static string Between(string prose, int from, int to) => from < to ? prose[from..to] : "";

    [GeneratedRegex(@"^占(比)?((?<whole>[^%]+)的)?(?<percent>\d+(?:\.\d+)?)%$")]
    private static partial Regex Share();

    [GeneratedRegex(@"其中|主要包括|主要用于|包括")]
    private static partial Regex ListWord();

    /// <summary>Nothing but the words that open a list between the whole and its first part.</summary>
    [GeneratedRegex(@"^[，,：:]*(其中|主要包括|主要用于(以下方面)?)[，,：:。]*[^，,：:。；;万]*$")]
    private static partial Regex Opens();
}
