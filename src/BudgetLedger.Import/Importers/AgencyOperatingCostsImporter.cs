namespace BudgetLedger.Import.Importers;

/// <summary>
/// 机关运行经费: the unit's row (else 部门合计), first figure column. An empty table states nothing. Checked: each
/// row's 合计 = Σ its fund columns, and 部门合计 = Σ the units' rows, so no printed figure goes unchecked.
/// </summary>
public sealed class AgencyOperatingCostsImporter : ITableImporter
{
    public IReadOnlyCollection<TableKind> Kinds { get; } = [TableKind.AgencyOperatingCosts];

    public void Import(DocumentContext document, IReadOnlyList<(RawTable Table, TableKind Kind)> tables)
    {
        var unit = UnitIdentity.Normalize(document.Header.UnitName);
        foreach (var (table, _) in tables)
        {
            var rows = table.Lines.Where(l => l.Cells.Skip(1).Any(c => c.Length > 0
                && AmountCell.TryParse(c, out var v) && v is not null)).ToList();
            var row = rows.FirstOrDefault(l => UnitIdentity.Normalize(l[0]) == unit
                || UnitIdentity.Normalize(l[1]) == unit) ?? rows.FirstOrDefault(l => l[0] == "部门合计");
            if (row is null)
            {
                if (rows.Count > 0)
                {
                    throw document.Error(table, rows[0].Number, "figures on a row that is neither the unit nor 部门合计");
                }

                continue;
            }

            Check(document, table, rows);
            var cell = row.Cells.Skip(1).First(c => c.Length > 0 && AmountCell.TryParse(c, out _));
            var value = AmountCell.Parse(cell, r => document.Error(table, row.Number, r))!.Value;
            document.Add(new AgencyOperatingCostsStated(document.UnitId, document.Header.Year, Basis.Budget,
                DocumentContext.AmountOf(table, value)), table, row.Number);
        }
    }

    private static void Check(DocumentContext document, RawTable table, IReadOnlyList<TextLine> rows)
    {
        List<decimal?> Figures(TextLine row) => row.Cells.Skip(1).SkipWhile(c => !AmountCell.TryParse(c, out var v)
            || v is null)
            .Select(c => AmountCell.Parse(c, r => document.Error(table, row.Number, r))).ToList();
        foreach (var row in rows.Where(r => Figures(r).Count > 1))
        {
            var figures = Figures(row);
            document.Report(Identity.Check(table.Title, row.Number, $"{row[0]}: 合计 = Σ its fund columns", figures[0],
                figures.Skip(1).ToList()));
        }

        if (rows.FirstOrDefault(l => l[0] == "部门合计") is { } total && rows.Count > 1)
        {
            var units = rows.Where(r => r != total).Select(r => Figures(r).FirstOrDefault()).ToList();
            document.Report(Identity.Check(table.Title, total.Number, "部门合计 = Σ the units' rows",
                Figures(total).FirstOrDefault(), units));
        }
    }
}
