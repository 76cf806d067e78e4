namespace BudgetLedger.Import.Importers;

/// <summary>
/// "三公"经费 tables in both layouts: the budget's rows by expense (one figure column used: the first),
/// and the final accounts' single row of twelve figures (budget then actual: 合计, 出国, 车辆小计, 购置,
/// 运行维护, 接待). Checked: 合计 = 出国 + 车辆 + 接待 and 车辆 = 购置 + 运行维护.
/// </summary>
public sealed class ThreePublicExpensesImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.ThreePublicExpenses];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            switch (ThreePublicExpensesShape.Of(table))
            {
                case { Items: { } items }:
                    Vertical(document, table, items);
                    break;
                case { Across: { } line }:
                    Horizontal(document, table, line);
                    break;
                default:
                    if (!table.DeclaredEmpty)
                    {
                        throw document.Error(table, null, "neither the 三公 items by row nor one row of twelve figures");
                    }

                    break; // "本表无数据": no figures, and blank is not 0
            }
        }
    }

    private static void Vertical(DocumentContext document, RawTable table, IReadOnlyDictionary<string, TextLine> items)
    {
        var first = items.Values.Select(l => l.Cells.ToList().FindIndex(1, c => c.Length > 0)).Where(i => i > 0)
            .DefaultIfEmpty(1).Min();
        decimal? Figure(string item) => items.TryGetValue(item, out var l)
            ? AmountCell.Parse(l[first], r => document.Error(table, l.Number, r)) : null;
        var e = new Expenses(Figure(ThreePublicExpensesShape.Total), Figure(ThreePublicExpensesShape.Overseas),
            Figure(ThreePublicExpensesShape.Vehicles), Figure(ThreePublicExpensesShape.Purchase),
            Figure(ThreePublicExpensesShape.Operation), Figure(ThreePublicExpensesShape.Reception));
        var line = items.GetValueOrDefault(ThreePublicExpensesShape.Total)
            ?? throw document.Error(table, null, "no 合计 row: the items are not summed (the table may be cut short)");
        Record(document, table, line.Number, Basis.Budget, e);
        var header = table.Lines.TakeWhile(l => !items.Values.Contains(l)).Select(l => l[first].Replace(" ", "",
            StringComparison.Ordinal)).LastOrDefault(c => c.Length > 0) ?? "";
        if (header is "合计" or "小计" or "总计")
        {
            foreach (var row in items.Values)
            {
                decimal? At(int i) => AmountCell.Parse(row[i], r => document.Error(table, row.Number, r));
                document.Report(Identity.Check(table.Title, row.Number, $"{row[0]}: 合计 = Σ its columns", At(first),
                    Enumerable.Range(first + 1, Math.Max(0, row.Cells.Count - first - 1)).Select(At).ToList()));
            }
        }
    }

    private static void Horizontal(DocumentContext document, RawTable table, TextLine line)
    {
        var figures = line.NonEmptyCells.Count == 12 ? line.NonEmptyCells : line.Cells;
        decimal? At(int i) => AmountCell.Parse(i < figures.Count ? figures[i] : "",
            r => document.Error(table, line.Number, $"column {i + 1}: {r}"));
        Record(document, table, line.Number, Basis.Budget, new Expenses(At(0), At(1), At(2), At(3), At(4), At(5)));
        Record(document, table, line.Number, Basis.Actual, new Expenses(At(6), At(7), At(8), At(9), At(10), At(11)));
    }

    private static void Record(DocumentContext document, RawTable table, int line, Basis basis, Expenses e)
    {
        document.Report(Identity.Check(table.Title, line, $"三公 {basis}: 合计 = 出国 + 车辆 + 接待", e.Total,
            [e.Overseas, e.Vehicles, e.Reception]));
        document.Report(Identity.Check(table.Title, line, $"三公 {basis}: 车辆 = 购置 + 运行维护", e.Vehicles,
            [e.Purchase, e.Operation]));
        if (e.Total is null && e.Overseas is null && e.Vehicles is null && e.Reception is null)
        {
            return; // the table states nothing ("本表无数据")
        }

        Amount? A(decimal? v) => v is { } x ? DocumentContext.AmountOf(table, x) : null;
        document.Add(new ThreePublicExpensesStated(document.UnitId, document.Header.Year, basis, A(e.Overseas),
            A(e.Purchase), A(e.Operation), A(e.Reception), A(e.Total)), table, line, basis.ToString());
    }

    private sealed record Expenses(
        decimal? Total,
        decimal? Overseas,
        decimal? Vehicles,
        decimal? Purchase,
        decimal? Operation,
        decimal? Reception);
}
