namespace BudgetLedger.Import.Tables;

/// <summary>
/// Places the cells of a laid-out table (a PDF, space-aligned text) under its columns, so a blank cell stays a
/// blank cell in its column instead of letting the next figure slide into its place. The columns are the bands
/// the body rows' cells cover; a cell spanning two cells of another row (a "合计" across code and name, a header
/// over several columns) does not join their columns. Header and label-only lines go to the column they overlap
/// most, or the nearest one. Tab-separated text already has its columns and is left as it is.
/// </summary>
public static class TableGrid
{
    /// <summary>The table with every line's cells at their column, or the first body row two of whose cells
    /// fall in one column (the table cannot be read without guessing).</summary>
    public static (RawTable Table, TextLine? Ambiguous) Place(RawTable table)
    {
        if (table.Lines.Count == 0 || table.Lines.Any(l => l.Spans is null))
        {
            return (table, null);
        }

        var first = table.Lines.ToList().FindIndex(IsBody);
        var bands = first < 0 ? []
            : ColumnBands.Of(table.Lines.Where(IsBody).ToList(), table.Lines.Take(first).ToList());
        if (bands.Count == 0)
        {
            return (table, null);
        }

        var lines = new List<TextLine>(table.Lines.Count);
        foreach (var line in table.Lines)
        {
            var cells = new string[bands.Count];
            var filled = new bool[bands.Count];
            for (var i = 0; i < line.Cells.Count; i++)
            {
                var band = ColumnBands.Nearest(bands, line.Spans![i]);
                if (filled[band] && IsBody(line))
                {
                    return (table, line);
                }

                cells[band] = filled[band] ? $"{cells[band]} {line.Cells[i]}" : line.Cells[i];
                filled[band] = true;
            }

            var last = Array.FindLastIndex(filled, f => f);
            var placed = cells.Take(last + 1).Select(c => c ?? "").ToList();
            lines.Add(line with { Cells = placed.Count == 0 ? [""] : placed, Spans = null });
        }

        return (table with { Lines = lines }, null);
    }

    /// <summary>A row with a figure (or a code) in it: the rows whose cells define the columns.</summary>
    internal static bool IsBody(TextLine line) => !ColumnNames.IsNumbering(line)
        && line.Cells.Any(c => c.Any(char.IsAsciiDigit) && AmountCell.TryParse(c, out var v) && v is not null);
}
