using BudgetLedger.Reporting.Units;

namespace BudgetLedger.Cli.Commands;

/// <summary>--from and --to: fiscal years, the first not after the last, within the years the ledger holds.</summary>
internal static class YearRange
{
    /// <summary>
    /// The years alone, before the ledger is read: a usage error when they cannot be fiscal years at all.
    /// </summary>
    public static void CheckShape(int from, int to, bool allowSame)
    {
        if (YearSpan.ShapeError(from, to, allowSame) is { } error)
        {
            throw new UsageException(error);
        }
    }

    public static string? Outside(int from, int to, IReadOnlyCollection<int> held) => YearSpan.Outside(from, to, held);
}
