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
            if (table.Lines.Any(l => l[0] == "因公出国（境）费"))
            {
                Vertical(document, table);
            }
            else
            {
                Horizontal(document, table);
            }
        }
    }

    private static void Vertical(DocumentContext document, RawTable table)
    {
        TextLine? Row(string label) => table.Lines.FirstOrDefault(l => l[0] == label);
        var total = Row("合计") ?? throw document.Error(table, null, "no 合计 row");
        var first = table.Lines.Where(l => l[0] is "因公出国（境）费" or "公务接待费" or "合计").Select(l => l.Cells.ToList().FindIndex(1, c => c.Length > 0)).Where(i => i > 0).DefaultIfEmpty(1).Min();
        decimal? Figure(string label) => Row(label) is { } l ? AmountCell.Parse(l[first], r => document.Error(table, l.Number, r)) : null;
        var e = new Expenses(Figure("合计"), Figure("因公出国（境）费"), Figure("公务用车购置及运行费"), Figure("①公务用车购置费"), Figure("②公务用车运行维护费"), Figure("公务接待费"));
        Record(document, table, total.Number, Basis.Budget, e);
    }

    private static void Horizontal(DocumentContext document, RawTable table)
    {
        var data = table.Lines.Where(l => l.NonEmptyCells.Count > 0 && l.NonEmptyCells.All(c => AmountCell.TryParse(c, out _)) && !IsNumbering(l)).ToList();
        if (data.Count == 0 && table.DeclaredEmpty)
        {
            return; // "本表无数据": no figures, and blank is not 0
        }

        if (data.Count != 1)
        {
            throw document.Error(table, null, $"expected one row of figures, found {data.Count}");
        }

        var line = data[0];
        decimal? At(int i) => AmountCell.Parse(line[i], r => document.Error(table, line.Number, $"column {i + 1}: {r}"));
        Record(document, table, line.Number, Basis.Budget, new Expenses(At(0), At(1), At(2), At(3), At(4), At(5)));
        Record(document, table, line.Number, Basis.Actual, new Expenses(At(6), At(7), At(8), At(9), At(10), At(11)));
    }

    private static void Record(DocumentContext document, RawTable table, int line, Basis basis, Expenses e)
    {
        document.Report(Identity.Check(table.Title, line, $"三公 {basis}: 合计 = 出国 + 车辆 + 接待", e.Total, [e.Overseas, e.Vehicles, e.Reception]));
        document.Report(Identity.Check(table.Title, line, $"三公 {basis}: 车辆 = 购置 + 运行维护", e.Vehicles, [e.Purchase, e.Operation]));
        if (e.Total is null && e.Overseas is null && e.Vehicles is null && e.Reception is null)
        {
            return; // the table states nothing ("本表无数据")
        }

        static Amount? A(decimal? v) => v is { } x ? Amount.TenThousandYuan(x) : null;
        document.Add(new ThreePublicExpensesStated(document.UnitId, document.Header.Year, basis, A(e.Overseas), A(e.Purchase), A(e.Operation), A(e.Reception), A(e.Total)), table, line, basis.ToString());
    }

    private static bool IsNumbering(TextLine line) => line.NonEmptyCells.Select((c, i) => c == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(x => x);

    private sealed record Expenses(decimal? Total, decimal? Overseas, decimal? Vehicles, decimal? Purchase, decimal? Operation, decimal? Reception);
}
