namespace BudgetLedger.Import.Importers;

/// <summary>
/// 基本支出分经济科目表: one event per economic item and component. Where the table splits 人员经费 and
/// 公用经费 the split is taken as printed; where it has one figure column the class decides the component.
/// Checked: each class row = Σ its items, 合计 = Σ classes, and 合计 = 人员经费 + 公用经费 per row.
/// </summary>
public sealed class BasicExpenditureImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.BasicExpenditureByEconomicClass];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        foreach (var (table, _) in tables)
        {
            ImportTable(document, table);
        }
    }

    private static void ImportTable(DocumentContext document, RawTable table)
    {
        var totalIndex = table.Lines.ToList().FindIndex(l => l[0] == "合计");
        if (totalIndex < 0)
        {
            throw document.Error(table, null, "no 合计 row");
        }

        var header = table.Lines.Take(totalIndex).ToList();
        var firstFigure = table.Lines[totalIndex].Cells.ToList().FindIndex(1, c => c.Length > 0);
        var split = header.Any(h => h.Cells.Contains("人员经费"));
        var total = Figures(document, table, table.Lines[totalIndex], firstFigure, split);
        var classes = new List<(TextLine Line, EconomicClass Class, Figures Figures, List<Figures> Items)>();
        foreach (var line in table.Lines.Skip(totalIndex + 1))
        {
            var cls = EconomicCell.Parse(line[0])
                ?? throw document.Error(table, line.Number,
                    $"'{line[0]}' is not an economic class this importer knows");
            var figures = Figures(document, table, line, firstFigure, split);
            if (cls.Code.IsClass)
            {
                classes.Add((line, cls, figures, []));
                continue;
            }

            if (classes.Count == 0 || cls.Code.Parent != classes[^1].Class.Code)
            {
                throw document.Error(table, line.Number,
                    $"{cls} does not belong under {(classes.Count == 0 ? "any class" : classes[^1].Class.ToString())}");
            }

            classes[^1].Items.Add(figures);
            foreach (var (component, value) in new[] { (BasicExpenditureComponent.PersonnelCosts, figures.Personnel),
                (BasicExpenditureComponent.OperatingCosts, figures.Operating) })
            {
                if (value is { } v && v != 0m)
                {
                    document.Add(new BasicExpenditureBudgeted(document.UnitId, document.Header.Year, Basis.Budget,
                        cls, component, DocumentContext.AmountOf(table, v)), table, line.Number, component.ToString());
                }
            }
        }

        Check(document, table, totalIndex, total,
            classes.Select(c => (c.Line, c.Class, c.Figures, c.Items)).ToList(), split);
    }

    private static void Check(DocumentContext document, RawTable table, int totalIndex, Figures total,
        List<(TextLine Line, EconomicClass Class, Figures Figures, List<Figures> Items)> classes, bool split)
    {
        var t = table.Title;
        var totalLine = table.Lines[totalIndex].Number;
        document.Report(Identity.Check(t, totalLine, "合计 = Σ classes", total.Total,
            classes.Select(c => c.Figures.Total).ToList()));
        foreach (var c in classes)
        {
            document.Report(Identity.Check(t, c.Line.Number, $"{c.Class} = Σ its items", c.Figures.Total,
                c.Items.Select(i => i.Total).ToList()));
        }

        if (split)
        {
            foreach (var (line, label, f) in classes.Select(c => (c.Line.Number, c.Class.ToString(), c.Figures))
                .Prepend((totalLine, "合计", total)))
            {
                document.Report(Identity.Check(t, line, $"{label}: 合计 = 人员经费 + 公用经费", f.Total,
                    [f.PersonnelStated, f.OperatingStated]));
            }

            SplitColumns(document, t, totalLine, total, classes.Select(c => (c.Line, c.Class, c.Figures, c.Items))
                .ToList());
        }
    }

    /// <summary>Where 人员经费 and 公用经费 are printed: each column sums down as 合计 does, and each item's row adds up.
    /// </summary>
    private static void SplitColumns(DocumentContext document, string t, int totalLine, Figures total,
        List<(TextLine Line, EconomicClass Class, Figures Figures, List<Figures> Items)> classes)
    {
        foreach (var (column, of) in new (string, Func<Figures, decimal?>)[] { ("人员经费", f => f.PersonnelStated),
            ("公用经费", f => f.OperatingStated) })
        {
            document.Report(Identity.Check(t, totalLine, $"合计 = Σ classes, {column}", of(total),
                classes.Select(c => of(c.Figures)).ToList()));
            foreach (var c in classes)
            {
                document.Report(Identity.Check(t, c.Line.Number, $"{c.Class} = Σ its items, {column}", of(c.Figures),
                    c.Items.Select(of).ToList()));
            }
        }

        foreach (var item in classes.SelectMany(c => c.Items))
        {
            document.Report(Identity.Check(t, item.Line, "item: 合计 = 人员经费 + 公用经费", item.Total,
                [item.PersonnelStated, item.OperatingStated]));
        }
    }

    private static Figures Figures(DocumentContext document, RawTable table, TextLine line, int first, bool split)
    {
        decimal? At(int i) => AmountCell.Parse(line[i],
            rule => document.Error(table, line.Number, $"column {i + 1}: {rule}"));
        var total = At(first);
        if (split)
        {
            return new Figures(total, At(first + 1), At(first + 2), At(first + 1), At(first + 2))
                { Line = line.Number };
        }

        var personnel = EconomicCell.Parse(line[0])?.Component == BasicExpenditureComponent.PersonnelCosts;
        return new Figures(total, personnel ? total : null, personnel ? null : total, null, null)
            { Line = line.Number };
    }
}

/// <summary>A line's figures: total, and its personnel/operating parts (as printed, or as the class implies).</summary>
internal sealed record Figures(decimal? Total, decimal? Personnel, decimal? Operating, decimal? PersonnelStated,
    decimal? OperatingStated)
{
    public int Line { get; init; }
}
