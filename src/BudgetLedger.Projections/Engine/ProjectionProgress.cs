namespace BudgetLedger.Projections.Engine;

/// <summary>How far the projections are: events folded so far in this run, and the checkpoint.</summary>
public sealed record ProjectionProgress(long EventsFolded, ulong Checkpoint, int Faults);
