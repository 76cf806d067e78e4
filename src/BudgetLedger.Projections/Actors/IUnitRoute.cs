namespace BudgetLedger.Projections.Actors;

/// <summary>
/// Where the subscription sends each unit's share of a batch: its own children, or a cluster's shards.
/// </summary>
public interface IUnitRoute
{
    /// <summary>
    /// Whether the batch being written must be committed before these units are asked (an actor that starts now reads
    /// its view as stored).
    /// </summary>
    bool NeedsCommitFirst(IEnumerable<string> units);

    Task<UnitApplied> Apply(string unit, IReadOnlyList<PositionedEvent> events, TimeSpan timeout);

    /// <summary>
    /// After a failed step: each unit's next share is folded on its view as stored, not as last folded.
    /// </summary>
    void Reset();
}
