using BudgetLedger.Domain.Years;

namespace BudgetLedger.Cli.Commands;

/// <summary>--from and --to: fiscal years, the first not after the last, within the years the ledger holds.</summary>
internal static class YearRange
{
    /// <summary>
    /// The years alone, before the ledger is read: a usage error when they cannot be fiscal years at all.
    /// </summary>
    public static void CheckShape(int from, int to, bool allowSame)
    {
        foreach (var (name, year) in new[] { ("--from", from), ("--to", to) })
        {
            if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
            {
                throw new UsageException($"{name} {year} is not a fiscal year ({FiscalYear.Earliest} to "
                    + $"{FiscalYear.Latest})");
            }
        }

        if (allowSame ? from > to : from >= to)
        {
            throw new UsageException($"--from {from} must be {(allowSame ? "at or " : "")}before --to {to}");
        }
    }

    /// <summary>Null when the span lies within the years the ledger holds; otherwise the error to print.</summary>
    public static string? Outside(int from, int to, IReadOnlyCollection<int> held) =>
        held.Count == 0
            ? "the ledger holds no fiscal years yet: import a disclosure first"
            : from < held.Min() || to > held.Max()
                ? $"{from}–{to} reaches beyond the years the ledger holds ({held.Min()}–{held.Max()})"
                : null;
}
