namespace BudgetLedger.Import.Readers;

/// <summary>
/// Reads a table whose rows are functional classes, in any of the ways tables print the class
/// (<see cref="ClassLabels"/>). The header is every line above the first data row; a column is named by its
/// lowest header cell, or by all its header cells read top-down when the words wrapped ("一般公共预" / "算拨款收入").
/// </summary>
public static class ClassTableReader
{
    public static ClassTable Read(string file, RawTable table, IReadOnlyCollection<string>? requiredColumns = null)
    {
        var labels = ClassLabels.Of(table.Lines);
        var firstData = labels is null ? -1 : IndexOfFirstData(table, labels);
        if (labels is null || firstData < 0)
        {
            return table.DeclaredEmpty || table.Lines.Count <= 3
                ? new ClassTable(table, [], null, [])
                : throw new ImportException(file, table.Title, table.TitleLine, "no row of this table starts with a "
                    + "functional class code or 合计");
        }

        var columns = ColumnNames.Of(table.Lines.Take(firstData).ToList(), labels.FirstAmountColumn,
            table.Lines.Max(l => l.Cells.Count));
        if (MissingColumn(columns, requiredColumns) is { } missing)
        {
            throw new ImportException(file, table.Title, table.Lines.FirstOrDefault()?.Number ?? table.TitleLine,
                $"the header names no {missing} column");
        }

        ClassTableRow? total = null;
        var rows = new List<ClassTableRow>();
        foreach (var line in table.Lines.Skip(firstData).Where(l => !ColumnNames.IsNumbering(l)))
        {
            var amounts = Amounts(file, table, line, columns, labels.FirstAmountColumn);
            var cls = labels.Parse(line);
            if (cls is null && IsTotal(line, labels))
            {
                total = total is null ? new ClassTableRow(line.Number, null, amounts)
                    : throw new ImportException(file, table.Title, line.Number, "a second 合计 row", line.Page);
                continue;
            }

            rows.Add(new ClassTableRow(line.Number, cls ?? throw new ImportException(file, table.Title, line.Number,
                ClassCell.LooksLikeCode(line[0]) ? $"'{line[0]}' is not a functional class code (3, 5 or 7 digits)"
                    : $"the row '{line.Text}' is neither a functional class nor 合计", line.Page), amounts));
        }

        return new ClassTable(table, columns, total, rows);
    }

    /// <summary>The first required column the table lacks, or null when it has them all.</summary>
    public static string? MissingColumn(RawTable table, IReadOnlyCollection<string> required)
    {
        var labels = ClassLabels.Of(table.Lines);
        var firstData = labels is null ? -1 : IndexOfFirstData(table, labels);
        return firstData < 0 ? null : MissingColumn(ColumnNames.Of(table.Lines.Take(firstData).ToList(),
            labels!.FirstAmountColumn, table.Lines.Max(l => l.Cells.Count)), required);
    }

    private static string? MissingColumn(IReadOnlyList<string> columns, IReadOnlyCollection<string>? required) =>
        (required ?? ["合计"]).FirstOrDefault(r => !columns.Contains(r));

    private static int IndexOfFirstData(RawTable table, ClassLabels labels)
    {
        for (var i = 0; i < table.Lines.Count; i++)
        {
            var line = table.Lines[i];
            if (ColumnNames.IsNumbering(line))
            {
                continue;
            }

            if (IsTotal(line, labels) || labels.Parse(line) is not null || (ClassCell.LooksLikeCode(line[0]) && i > 0))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"合计" where the label goes, or (as in one seed) a first row of figures with no label at all.</summary>
    private static bool IsTotal(TextLine line, ClassLabels labels) =>
        labels.IsTotal(line) || (Enumerable.Range(0, labels.FirstAmountColumn).All(i => line[i].Length == 0)
            && line.Cells.Skip(labels.FirstAmountColumn).Any(c => c.Length > 0)
            && line.Cells.All(c => AmountCell.TryParse(c, out _)));

    private static Dictionary<string, decimal?> Amounts(string file, RawTable table, TextLine line,
        IReadOnlyList<string> columns, int first)
    {
        var amounts = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = AmountCell.Parse(line[i + first], rule => new ImportException(file, table.Title,
                line.Number, $"column '{column}': {rule}", line.Page));
            if (column.Length == 0)
            {
                if (value is not null)
                {
                    throw new ImportException(file, table.Title, line.Number, $"a figure ({value}) in a column the "
                        + "header does not name", line.Page);
                }

                continue;
            }

            amounts.TryAdd(column, value);
        }

        return amounts;
    }
}
