using BudgetLedger.Domain.Amounts;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Exports.Csv;

/// <summary>
/// The tables as published, cell by cell with page and line (blank cells included), their notes, and the findings
/// recorded against them at import.
/// </summary>
public static class PublishedTables
{
    public static IEnumerable<ExportFile> All(ExportInput input)
    {
        yield return new CsvTable("published-cells.csv", YearKey.And([.. TableColumns, Column.Integer("row"),
                Column.Integer("page"), Column.Integer("line"), Column.Integer("column"), new("text")]),
            YearKey.Rows(input, Cells, c => [.. TableFields(c.Table), Fields.Of(c.Row + 1),
                Fields.Of(c.Printed.Page), Fields.Of(c.Printed.Line), Fields.Of(c.Column + 1),
                c.Printed.Cells[c.Column]])).ToFile();
        yield return new CsvTable("published-notes.csv", YearKey.And([.. TableColumns, Column.Integer("note"),
                new("text")]),
            YearKey.Rows(input, y => y.PublishedTables.SelectMany(t => t.Notes.Select((n, i) => (t, i, n))),
                n => [.. TableFields(n.t), Fields.Of(n.i + 1), n.n])).ToFile();
        yield return new CsvTable("findings.csv", YearKey.And(new("document_sha256"), new("table_title"),
                Column.Integer("line"), new("rule"), new("expected"), new("found")),
            YearKey.Rows(input, y => y.Findings, f => [f.DocumentSha256, f.Table, Fields.Of(f.Line), f.Rule,
                f.Expected, f.Actual])).ToFile();
    }

    private static readonly Column[] TableColumns =
        [new("document_sha256"), Column.Integer("table_ordinal"), new("table_title"), new("table_kind"),
            new("amount_unit")];

    private static IEnumerable<string> TableFields(PublishedTableFigure t) =>
        [t.DocumentSha256, Fields.Of(t.Ordinal), t.Title, Fields.Of(t.Kind),
            t.Unit is { } u ? Amount.UnitSymbol(u) : ""];

    private static IEnumerable<(PublishedTableFigure Table, int Row, Domain.Events.PublishedRow Printed, int Column)>
        Cells(YearView y) =>
        y.PublishedTables.SelectMany(t => t.Rows.SelectMany((r, i) => r.Cells.Select((_, c) => (t, i, r, c))));
}
