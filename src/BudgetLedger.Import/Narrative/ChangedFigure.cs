namespace BudgetLedger.Import.Narrative;

/// <summary>
/// The figure a stated change is of, only where the prose pins it down: a figure of the same subject in this or
/// the previous sentence; for a change with no subject of its own, the figure of the clause just before when it is
/// also the sentence's first (so not one of its parts), or else, when the sentence states no figure before it, the
/// one value the previous sentence states. Two candidates with different values: none.
/// </summary>
public static class ChangedFigure
{
    public static StatedFigure? Of(StatedChange change, IReadOnlyList<StatedFigure> figures)
    {
        var sentence = change.Clause.Sentence;
        var before = figures.Where(f => f.Offset < change.Amount.Offset
            && f.Clause.Sentence >= sentence - 1).ToList();
        if (change.Subject.Length > 0)
        {
            var exact = before.Where(f => f.Subject == change.Subject).ToList();
            var same = exact.Count > 0 ? exact : before.Where(f => Subjects.Same(f.Subject, change.Subject)).ToList();
            if (same.Select(f => f.Value).Distinct().Count() == 1)
            {
                return same[^1];
            }

            if (same.Count > 0)
            {
                return null;
            }
        }

        if (before.FirstOrDefault(f => f.Clause.Sentence == sentence) is { } first)
        {
            return before[^1] == first && first.Clause.Offset + first.Clause.Text.Length + 1 == change.Clause.Offset
                ? first : null;
        }

        var previous = before.Where(f => f.Clause.Sentence == sentence - 1).ToList();
        return previous.Select(f => f.Value).Distinct().Count() == 1 ? previous[^1] : null;
    }
}
