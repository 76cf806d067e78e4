using BudgetLedger.Reporting.Units;
using BudgetLedger.Serving.Ledger;

namespace BudgetLedger.Serving.Http;

internal static class Years
{
    /// <summary>400 when from and to cannot be fiscal years in that order; 404 when they are not held.</summary>
    public static void Check(LedgerView view, int from, int to, bool allowSame)
    {
        if (YearSpan.ShapeError(from, to, allowSame) is { } shape)
        {
            throw new ApiException(400, "not a span of fiscal years", shape);
        }

        if (YearSpan.Outside(from, to, view.Models.Years()) is { } outside)
        {
            throw new ApiException(404, "years not held", outside);
        }
    }
}
