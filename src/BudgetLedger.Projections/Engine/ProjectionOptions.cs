namespace BudgetLedger.Projections.Engine;

/// <param name="BatchSize">events read from the log per batch (and per read-model commit)</param>
/// <param name="Live">keep following the log after catching up, polling every <paramref name="PollInterval"/></param>
/// <param name="StopAtPosition">fold nothing after this commit position (replay "as of")</param>
/// <param name="StopAtTime">fold nothing recorded after this time (replay "as of")</param>
/// <param name="LiveRetries">in live mode, how often a failed read is retried (with doubling waits) before the
/// projections stop</param>
public sealed record ProjectionOptions(
    int BatchSize = 2000,
    bool Live = false,
    TimeSpan? PollInterval = null,
    ulong? StopAtPosition = null,
    DateTimeOffset? StopAtTime = null,
    int LiveRetries = 5)
{
    public TimeSpan Interval => PollInterval ?? TimeSpan.FromMilliseconds(200);

    public Log.LogCut Cut => new(StopAtPosition, StopAtTime);

    /// <summary>The wait before retry <paramref name="attempt"/> (1-based): 0.2 s doubling, at most 10 s.</summary>
    public static TimeSpan Backoff(int attempt)
        => TimeSpan.FromMilliseconds(Math.Min(10_000, 200 * Math.Pow(2, attempt - 1)));
}
