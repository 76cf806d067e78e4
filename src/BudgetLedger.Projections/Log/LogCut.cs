using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.Projections.Log;

/// <summary>"As of": nothing after a commit position, nothing recorded after a time. No bound: the whole log.</summary>
public sealed record LogCut(ulong? Position = null, DateTimeOffset? Time = null)
{
    public static LogCut None { get; } = new();

    public bool Admits(RecordedEvent e) =>
        (Position is not { } p || e.Position.Commit <= p) && (Time is not { } t || e.RecordedAt <= t);
}
