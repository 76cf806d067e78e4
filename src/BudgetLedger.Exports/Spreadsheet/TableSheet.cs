using System.Globalization;
using BudgetLedger.Domain.Amounts;
using BudgetLedger.Projections.ReadModels;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetLedger.Exports.Spreadsheet;

/// <summary>
/// One table as published on its sheet: its title, its unit (单位：万元), every printed row as printed (header rows
/// included), then its notes.
/// </summary>
public static class TableSheet
{
    public static Worksheet Of(PublishedTableFigure table, SharedStrings strings)
    {
        var lines = new List<IReadOnlyList<string>> { new[] { table.Title } };
        if (table.Unit is { } unit)
        {
            lines.Add([$"单位：{Amount.UnitSymbol(unit)}"]);
        }

        var firstPrinted = lines.Count;
        lines.AddRange(table.Rows.Select(r => r.Cells));
        lines.AddRange(table.Notes.Select(n => new[] { n }));
        var data = new SheetData(lines.Select((cells, i) => Row(i, cells, i >= firstPrinted
            && i < firstPrinted + table.Rows.Count, strings)));
        return new Worksheet(Widths(lines), data);
    }

    private static Row Row(int index, IReadOnlyList<string> cells, bool printedRow, SharedStrings strings)
    {
        var row = new Row { RowIndex = (uint)index + 1 };
        for (var column = 0; column < cells.Count; column++)
        {
            var reference = ColumnName(column) + (index + 1).ToString(CultureInfo.InvariantCulture);
            var printed = printedRow ? PrintedCell.Of(cells[column], column) : new PrintedCell(cells[column], null,
                0, false);
            row.Append(printed.Number is { } number
                ? new Cell { CellReference = reference, StyleIndex = SheetStyles.Number(printed),
                    CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) }
                : new Cell { CellReference = reference, DataType = CellValues.SharedString,
                    StyleIndex = index == 0 ? SheetStyles.Title : null,
                    CellValue = new CellValue(strings.IndexOf(printed.Text).ToString(CultureInfo.InvariantCulture)) });
        }

        return row;
    }

    private static Columns Widths(List<IReadOnlyList<string>> lines)
    {
        var printed = lines.Skip(1).ToList();
        var count = printed.Count == 0 ? 0 : printed.Max(l => l.Count);
        return new Columns(Enumerable.Range(0, Math.Max(1, count)).Select(c => new DocumentFormat.OpenXml.Spreadsheet
            .Column
        {
            Min = (uint)c + 1,
            Max = (uint)c + 1,
            CustomWidth = true,
            Width = Math.Min(60, 2 + printed.Where(l => c < l.Count && l.Count > 1).Select(l => Width(l[c]))
                .DefaultIfEmpty(8).Max()),
        }));
    }

    private static int Width(string text) => text.Sum(c => c < '\u1100' ? 1 : 2);

    private static string ColumnName(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : ColumnName(column / 26 - 1) + (char)('A' + column % 26);
}
