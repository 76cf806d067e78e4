namespace BudgetLedger.Projections.Engine;

/// <summary>
/// The projections could not go on: the log could not be read, or a fold failed. Nothing after <see cref="Checkpoint"/>
/// was committed.
/// </summary>
public sealed class ProjectionFailedException(ulong checkpoint, string message, Exception? inner = null)
    : Exception($"projections stopped after position {checkpoint}: {message}", inner)
{
    public ulong Checkpoint { get; } = checkpoint;
}
