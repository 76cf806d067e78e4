namespace BudgetLedger.Import.Readers;

/// <summary>
/// The two ways a “三公” table is printed: by item down the rows (budgets: 合计 / 因公出国（境）费 / 公务用车购置及运行
/// 费 / 购置费 / 运行维护费 / 公务接待费, in each province's words), or as one row of twelve figures across (final
/// accounts: budget then actual of 合计, 出国, 车辆小计, 购置, 运行维护, 接待).
/// </summary>
public sealed record ThreePublicExpensesShape(IReadOnlyDictionary<string, TextLine>? Items, TextLine? Across)
{
    public const string Total = "合计";
    public const string Overseas = "出国";
    public const string Vehicles = "车辆";
    public const string Purchase = "购置";
    public const string Operation = "运行维护";
    public const string Reception = "接待";

    public static ThreePublicExpensesShape? Of(RawTable table)
    {
        var items = new Dictionary<string, TextLine>();
        foreach (var line in table.Lines)
        {
            // An item's row: its label alone in the first cell (a header line of page text names several).
            if (!line[0].Contains(' ', StringComparison.Ordinal) && Item(line[0]) is { } item)
            {
                items.TryAdd(item, line);
            }
        }

        if (items.ContainsKey(Overseas) && items.ContainsKey(Reception))
        {
            return new ThreePublicExpensesShape(items, null);
        }

        var across = table.Lines.Where(l => l.Cells.Count >= 12 && l.NonEmptyCells.Count > 0
            && l.Cells.All(c => AmountCell.TryParse(c, out _)) && !ColumnNames.IsNumbering(l)).ToList();
        return across.Count == 1 ? new ThreePublicExpensesShape(null, across[0]) : null;
    }

    /// <summary>Which item a row label names: "因公出国（境）费", "其中：（一）因公出国（境）支出", "①公务用车购置费"….</summary>
    private static string? Item(string label) =>
        label.Contains("出国", StringComparison.Ordinal) ? Overseas
        : label.Contains("接待", StringComparison.Ordinal) ? Reception
        : label.Contains("购置及运行", StringComparison.Ordinal) || label.Contains("购置和运行", StringComparison.Ordinal)
            ? Vehicles
        : label.Contains("车购置", StringComparison.Ordinal) ? Purchase
        : label.Contains("运行维护", StringComparison.Ordinal) || label.Contains("车运行", StringComparison.Ordinal)
            ? Operation
        : label is "合计" or "总计" || label.Contains("三公", StringComparison.Ordinal) ? Total
        : null;
}
