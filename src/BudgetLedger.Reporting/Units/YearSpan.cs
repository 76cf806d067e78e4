using BudgetLedger.Domain.Years;

namespace BudgetLedger.Reporting.Units;

/// <summary>From and to: fiscal years, the first not after the last, within the years the ledger holds.</summary>
public static class YearSpan
{
    /// <summary>The years alone, before the ledger is read: why they cannot be fiscal years at all, or null.</summary>
    public static string? ShapeError(int from, int to, bool allowSame)
    {
        foreach (var (name, year) in new[] { ("--from", from), ("--to", to) })
        {
            if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
            {
                return $"{name} {year} is not a fiscal year ({FiscalYear.Earliest} to {FiscalYear.Latest})";
            }
        }

        return (allowSame ? from > to : from >= to)
            ? $"--from {from} must be {(allowSame ? "at or " : "")}before --to {to}"
            : null;
    }

    /// <summary>Null when the span lies within the years the ledger holds; otherwise the error to print.</summary>
    public static string? Outside(int from, int to, IReadOnlyCollection<int> held) =>
        held.Count == 0
            ? "the ledger holds no fiscal years yet: import a disclosure first"
            : from < held.Min() || to > held.Max()
                ? $"{from}–{to} reaches beyond the years the ledger holds ({held.Min()}–{held.Max()})"
                : null;
}
