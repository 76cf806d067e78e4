namespace BudgetLedger.Import.Tables;

/// <summary>
/// The columns of a laid-out table, as the stretches of the line its body cells cover. Overlapping cells share a
/// column, except a cell that overlaps two cells of one other row: it spans columns and is left out.
/// </summary>
internal static class ColumnBands
{
    /// <summary>
    /// The body rows' columns, and the header's columns right of them, over which no body row prints anything. (A
    /// header between two body columns is a heading over both, as "收入" over 项目 and 决算数.)
    /// </summary>
    public static List<CellSpan> Of(IReadOnlyList<TextLine> body, IReadOnlyList<TextLine> header)
    {
        var bands = Columns(body);
        var empty = Columns(header).Where(h => bands.Count > 0 && h.Start >= bands[^1].End);
        return bands.Concat(empty).OrderBy(b => b.Start).ToList();
    }

    private static List<CellSpan> Columns(IReadOnlyList<TextLine> lines)
    {
        var cells = lines.SelectMany((l, row) => l.Spans!.Select(s => (Row: row, Span: s))).ToList();
        var spanning = cells.Where(c => lines.Select((l, row) => (l, row)).Any(o => o.row != c.Row
            && o.l.Spans!.Count(s => s.Overlap(c.Span) > 0) > 1)).ToHashSet();
        return Merge(cells.Where(c => !spanning.Contains(c)).Select(c => c.Span));
    }

    public static int Nearest(IReadOnlyList<CellSpan> bands, CellSpan span)
    {
        var best = 0;
        for (var i = 1; i < bands.Count; i++)
        {
            var (o, b) = (span.Overlap(bands[i]), span.Overlap(bands[best]));
            if (o > b || (o <= 0 && b <= 0 && span.Distance(bands[i]) < span.Distance(bands[best])))
            {
                best = i;
            }
        }

        return best;
    }

    private static List<CellSpan> Merge(IEnumerable<CellSpan> spans)
    {
        var bands = new List<CellSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (bands.Count > 0 && span.Start < bands[^1].End)
            {
                bands[^1] = bands[^1] with { End = Math.Max(bands[^1].End, span.End) };
            }
            else
            {
                bands.Add(span);
            }
        }

        return bands;
    }
}
