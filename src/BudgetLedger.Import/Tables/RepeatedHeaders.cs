namespace BudgetLedger.Import.Tables;

/// <summary>
/// A table that runs over pages may print its header again at the top of each page: those lines, the same as header
/// lines above its first row, are page furniture and are dropped.
/// </summary>
public static class RepeatedHeaders
{
    public static RawTable Drop(RawTable table)
    {
        var lines = table.Lines;
        var first = lines.ToList().FindIndex(TableGrid.IsBody);
        if (first <= 0 || lines[^1].Page == lines[0].Page)
        {
            return table;
        }

        var header = lines.Take(first).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var kept = lines.Where((l, i) => i < first || !header.Contains(l.Text)).ToList();
        return kept.Count == lines.Count ? table : table with { Lines = kept };
    }
}
