namespace BudgetLedger.Projections.Engine;

/// <summary>
/// What the projections are doing: following the log, retrying after a read error, or stopped by one.
/// </summary>
public enum ProjectionState
{
    Running,
    Retrying,
    Failed,
}
