using System.Globalization;
using BudgetLedger.Domain.Tables;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Reporting.Reports;

/// <summary>
/// A subtotal as the document printed it, beside the sum of its parts: reports show the printed figure, and where
/// the parts add up to something else, that sum and the difference (尾差), never one in place of the other.
/// </summary>
internal sealed class PrintedTotals(PublishedTableFigure? table)
{
    public static PrintedTotals Of(YearView year, TableKind kind)
        => new(year.PublishedTables.FirstOrDefault(t => t.Kind == kind));

    /// <summary>
    /// The figure printed after <paramref name="label"/> on its row (blank cells skipped), as printed.
    /// </summary>
    public string? Printed(string label) => Row(label) is [var first, ..] ? first : null;

    /// <summary>
    /// The figure printed in the <paramref name="column"/>-th figure column after the label (0: the first), or null.
    /// </summary>
    public string? Printed(string label, int column) => Row(label) is { } row && column < row.Count
        && row[column].Length > 0 ? row[column] : null;

    /// <summary>The cells after the label, from the first filled one, while they are figures or blank.</summary>
    private List<string>? Row(string label)
    {
        foreach (var row in table?.Rows ?? [])
        {
            var at = row.Cells.ToList().FindIndex(c => c == label);
            var rest = at < 0 ? [] : row.Cells.Skip(at + 1).SkipWhile(c => c.Length == 0).TakeWhile(c => c.Length == 0
                || Number(c) is not null).ToList();
            if (rest.Count > 0)
            {
                return rest;
            }
        }

        return null;
    }

    /// <summary>The row's figure column (printed where printed) and the two columns 按明细计算 and 尾差.</summary>
    public (string Shown, string Computed, string Difference) Compare(string label, decimal? computed)
    {
        var printed = Printed(label);
        if (printed is null || Number(printed) is not { } value || computed is not { } sum || value == sum)
        {
            return (printed ?? Figures.Wan(computed), "", "");
        }

        return (printed, Figures.Wan(sum), (value - sum).ToString("+0.00;-0.00", CultureInfo.InvariantCulture));
    }

    private static decimal? Number(string cell) =>
        decimal.TryParse(cell.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v : null;
}
