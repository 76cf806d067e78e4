namespace BudgetLedger.Import.Readers;

/// <summary>
/// Reads a table whose rows are functional classes. The header is every line above the first data row;
/// a column's name is the lowest non-empty header cell above it (so "上年结转" on the first header line
/// names its column when the second line leaves it blank).
/// </summary>
public static class ClassTableReader
{
    private const int FirstAmountColumn = 2;

    public static ClassTable Read(string file, RawTable table, IReadOnlyCollection<string>? requiredColumns = null)
    {
        var firstData = IndexOfFirstData(table);
        if (firstData < 0)
        {
            return table.DeclaredEmpty || table.Lines.Count <= 3
                ? new ClassTable(table, [], null, [])
                : throw new ImportException(file, table.Title, table.TitleLine, "no row of this table starts with a functional class code or 合计");
        }

        var header = table.Lines.Take(firstData).Where(h => !IsColumnNumbering(h)).ToList();
        var width = table.Lines.Max(l => l.Cells.Count);
        var columns = Enumerable.Range(FirstAmountColumn, Math.Max(0, width - FirstAmountColumn))
            .Select(i => Canonical(header.Select(h => h[i]).LastOrDefault(c => c.Length > 0) ?? ""))
            .ToList();
        foreach (var required in requiredColumns ?? ["合计"])
        {
            if (!columns.Contains(required))
            {
                throw new ImportException(file, table.Title, header.FirstOrDefault()?.Number ?? table.TitleLine, $"the header names no {required} column");
            }
        }

        ClassTableRow? total = null;
        var rows = new List<ClassTableRow>();
        foreach (var line in table.Lines.Skip(firstData))
        {
            var amounts = Amounts(file, table, line, columns);
            if (IsTotal(line))
            {
                total = total is null ? new ClassTableRow(line.Number, null, amounts)
                    : throw new ImportException(file, table.Title, line.Number, "a second 合计 row");
                continue;
            }

            var cls = ClassCell.Parse(line[0], line[1])
                ?? throw new ImportException(file, table.Title, line.Number,
                    ClassCell.LooksLikeCode(line[0]) ? $"'{line[0]}' is not a functional class code (3, 5 or 7 digits)" : $"the row '{line.Text}' is neither a functional class nor 合计");
            rows.Add(new ClassTableRow(line.Number, cls, amounts));
        }

        return new ClassTable(table, columns, total, rows);
    }

    /// <summary>Header spellings differ between years ("本年收入合计", "政府性 基金预 算"); figures are looked up by one name.</summary>
    private static string Canonical(string header)
    {
        var name = header.Replace(" ", "", StringComparison.Ordinal);
        return name.EndsWith("合计", StringComparison.Ordinal) || name == "小计" ? "合计" : name;
    }

    /// <summary>"栏次 1 2 3": the final accounts number their columns under the header.</summary>
    public static bool IsColumnNumbering(TextLine line) =>
        line[0] == "栏次" || (line.NonEmptyCells.Count > 0 && line.NonEmptyCells.All(c => c.All(char.IsAsciiDigit)));

    private static int IndexOfFirstData(RawTable table)
    {
        for (var i = 0; i < table.Lines.Count; i++)
        {
            var line = table.Lines[i];
            if (IsTotal(line) || ClassCell.Parse(line[0], line[1]) is not null || (ClassCell.LooksLikeCode(line[0]) && i > 0))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"合计" in the first or second cell, or (as in one seed) a first row of figures with no label at all.</summary>
    private static bool IsTotal(TextLine line) =>
        line[0] == "合计" || (line[0].Length == 0 && line[1] == "合计")
        || (line[0].Length == 0 && line[1].Length == 0 && line.Cells.Skip(FirstAmountColumn).Any(c => c.Length > 0)
            && line.Cells.All(c => AmountCell.TryParse(c, out _)));

    private static Dictionary<string, decimal?> Amounts(string file, RawTable table, TextLine line, IReadOnlyList<string> columns)
    {
        var amounts = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = AmountCell.Parse(line[i + FirstAmountColumn], rule => new ImportException(file, table.Title, line.Number, $"column '{column}': {rule}"));
            if (column.Length == 0)
            {
                if (value is not null)
                {
                    throw new ImportException(file, table.Title, line.Number, $"a figure ({value}) in a column the header does not name");
                }

                continue;
            }

            amounts[column] = value;
        }

        return amounts;
    }
}
