namespace BudgetLedger.Projections.Engine;

/// <summary>
/// How far the projections are: events folded so far in this run, the checkpoint, and, when not running, why.
/// </summary>
public sealed record ProjectionProgress(long EventsFolded, ulong Checkpoint, int Faults)
{
    public ProjectionState State { get; init; } = ProjectionState.Running;

    /// <summary>
    /// The read error behind <see cref="ProjectionState.Retrying"/> or <see cref="ProjectionState.Failed"/>.
    /// </summary>
    public string? Error { get; init; }

    /// <summary>Why the read models were emptied and rebuilt before this run (they belonged to another log).</summary>
    public string? Rebuilt { get; init; }
}
