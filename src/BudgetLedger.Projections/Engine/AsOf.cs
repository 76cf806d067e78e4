using System.Globalization;

namespace BudgetLedger.Projections.Engine;

/// <summary>"As of" as the point to fold up to: a log position (145) or a time (2026-11-23T01:40:00Z).</summary>
public static class AsOf
{
    /// <summary>The options that fold up to that point, or null after naming what was expected.</summary>
    public static ProjectionOptions? Parse(string text, out string? error)
    {
        error = null;
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position <= long.MaxValue)
        {
            return new ProjectionOptions(StopAtPosition: position);
        }

        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var time))
        {
            return new ProjectionOptions(StopAtTime: time);
        }

        error = $"'{text}' is neither a log position (0 to {long.MaxValue}, e.g. 145) nor a time (e.g. "
            + "2026-11-23T01:40:00Z)";
        return null;
    }

    /// <summary>ISO 8601 only: a bare number or a loose phrase is never taken for a time.</summary>
    private static readonly string[] TimeFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ssK",
            "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK"];
}
