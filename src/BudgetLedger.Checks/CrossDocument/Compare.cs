using System.Globalization;
using BudgetLedger.Checks.Findings;

namespace BudgetLedger.Checks.CrossDocument;

/// <summary>Two printed figures of two documents, in 万元 to the fen: equal, a 尾差 of 0.01, or a finding.</summary>
internal static class Compare
{
    /// <summary>Null when both agree or either is not printed (a blank is "not stated", never 0).</summary>
    public static CheckSeverity? Differs(decimal? expected, decimal? found) =>
        expected is not { } e || found is not { } f || e == f ? null
            : Math.Abs(e - f) <= 0.01m ? CheckSeverity.Rounding : CheckSeverity.Finding;

    public static string Text(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "(blank)";
}
