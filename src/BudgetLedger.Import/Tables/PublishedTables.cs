namespace BudgetLedger.Import.Tables;

/// <summary>
/// Every table of a document goes into the ledger as printed (recognised or not), before any importer reads it.
/// </summary>
public static class PublishedTables
{
    public static void Add(DocumentContext document, IReadOnlyList<ReadTable> tables)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            var (table, kind) = (tables[i].Table, tables[i].Kind);
            var rows = table.Lines.Select(l => new PublishedRow(l.Number, l.Page, SignOffRow.Redact(l.Cells))).ToList();
            var published = new TablePublished(document.UnitId, document.Header.Year, document.Sha256, i
                + 1, table.Title,
                table.TitleLine, table.Unit, rows, table.Notes, kind);
            document.Add(published, table, table.TitleLine, "published");
        }
    }
}
