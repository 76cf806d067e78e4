namespace BudgetLedger.Projections.Engine;

/// <param name="BatchSize">events read from the log per batch (and per read-model commit)</param>
/// <param name="Live">keep following the log after catching up, polling every <paramref name="PollInterval"/></param>
/// <param name="StopAtPosition">fold nothing after this commit position (replay "as of")</param>
/// <param name="StopAtTime">fold nothing recorded after this time (replay "as of")</param>
public sealed record ProjectionOptions(int BatchSize = 2000, bool Live = false, TimeSpan? PollInterval = null, ulong? StopAtPosition = null, DateTimeOffset? StopAtTime = null)
{
    public TimeSpan Interval => PollInterval ?? TimeSpan.FromMilliseconds(200);
}
