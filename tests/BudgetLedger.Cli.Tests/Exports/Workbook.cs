using ExcelDataReader;

namespace BudgetLedger.Cli.Tests.Exports;

/// <summary>A workbook as ExcelDataReader reads it: each sheet's name and its rows of values (null: empty).</summary>
internal sealed record Workbook(IReadOnlyList<Workbook.Sheet> Sheets)
{
    public sealed record Sheet(string Name, IReadOnlyList<object?[]> Rows)
    {
        public object? At(int row, int column) =>
            row < Rows.Count && column < Rows[row].Length ? Rows[row][column] : null;
    }

    public static Workbook Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new List<Sheet>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
            }

            sheets.Add(new Sheet(reader.Name, rows));
        }
        while (reader.NextResult());

        return new Workbook(sheets);
    }
}
