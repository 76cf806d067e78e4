namespace BudgetLedger.Import.Narrative;

/// <summary>A total row of a published summary table: the first amount after the cell that names it.</summary>
public static class SummaryRow
{
    public static Amount? Find(TablePublished table, string label)
    {
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Cells.Count - 1; i++)
            {
                var at = i + 1 < row.Cells.Count - 1 && IsRowNumber(row.Cells[i + 1]) ? i + 2 : i + 1;
                if (Label(row.Cells[i]) == label && Parse(row.Cells[at]) is { } value)
                {
                    return new Amount(value, table.Unit ?? AmountUnit.TenThousandYuan);
                }
            }
        }

        return null;
    }

    /// <summary>本年<paramref name="name"/> (or <paramref name="name"/>) of the document's 收支总表.</summary>
    public static Amount? InSummary(IEnumerable<IBudgetEvent> events, string name) => events.OfType<TablePublished>()
        .Where(t => t.Kind is TableKind.BudgetSummary or TableKind.FinalAccountsSummary)
        .Select(t => Find(t, "本年" + name) ?? Find(t, name)).FirstOrDefault(a => a is not null);

    /// <summary>行次: a small whole number with no separator, before the row's amounts.</summary>
    private static bool IsRowNumber(string cell) => cell.Length is > 0 and <= 3 && cell.All(char.IsAsciiDigit);

    private static string Label(string cell) => new(cell.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static decimal? Parse(string cell) => decimal.TryParse(cell.Replace(",", "", StringComparison.Ordinal),
        System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v)
        ? v : null;
}
