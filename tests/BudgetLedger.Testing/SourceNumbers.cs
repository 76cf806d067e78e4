using BudgetLedger.Import.Cells;
using BudgetLedger.Import.Tables;
using BudgetLedger.Import.Text;

namespace BudgetLedger.Testing;

/// <summary>
/// Every figure printed in a table, read straight from its text: the cells that are numbers, less row
/// numbers (行次), column numbers (栏次 / 1 2 3 …), classification codes beside their names, and the contact
/// row (not budget facts).
/// </summary>
public static class SourceNumbers
{
    public static IReadOnlyList<(int Line, decimal Value)> Of(RawTable table)
    {
        var rowNumberColumns = table.Lines.FirstOrDefault(l => l.Cells.Contains("行次"))?.Cells.Select((c, i) => (c, i))
            .Where(x => x.c == "行次").Select(x => x.i).ToHashSet() ?? [];
        var numbers = new List<(int, decimal)>();
        foreach (var line in table.Lines.Where(l => !IsNumbering(l) && !IsContact(l)))
        {
            for (var i = 0; i < line.Cells.Count; i++)
            {
                var cell = line.Cells[i];
                if (rowNumberColumns.Contains(i) || IsCode(line, i) || !AmountCell.TryParse(cell, out var value)
                    || value is null)
                {
                    continue;
                }

                numbers.Add((line.Number, value.Value));
            }
        }

        return numbers;
    }

    private static bool IsNumbering(TextLine line) =>
        line[0] == "栏次"
            || line.NonEmptyCells
                .Select((c, i) => c == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .All(x => x) && line.NonEmptyCells.Count > 1;

    private static bool IsContact(TextLine line) =>
        line.Cells.Any(c => c.StartsWith("联系电话", StringComparison.Ordinal)
            || c.StartsWith("负责人", StringComparison.Ordinal));

    private static bool IsCode(TextLine line, int i) =>
        line[i].Length is >= 3 and <= 7 && line[i].All(char.IsAsciiDigit) && line[i + 1].Length > 0
            && !AmountCell.TryParse(line[i + 1], out _);
}
