using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetLedger.Faults.Fixtures;

/// <summary>The amounts a report printed, in both the plain (1762.94) and grouped (1,762.94) forms.</summary>
public static partial class Figures
{
    /// <summary>Amounts of at least 100, whose reappearance cannot be a coincidence of small numbers.</summary>
    public static IReadOnlySet<string> Telling(string output) =>
        Amount().Matches(output)
            .Select(m => decimal.Parse(m.Value, NumberStyles.Number, CultureInfo.InvariantCulture))
            .Where(value => value >= 100)
            .SelectMany(value => new[]
            {
                value.ToString("0.00", CultureInfo.InvariantCulture),
                value.ToString("#,##0.00", CultureInfo.InvariantCulture),
            })
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\d[\d,]*\.\d\d(?!\d)")]
    private static partial Regex Amount();
}
