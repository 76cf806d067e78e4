using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.Appending;

/// <summary>
/// The stream's revision and the log position of the batch's last event. <see cref="AlreadyStored"/>
/// says the batch was stored before with the same ids and content, and this append wrote nothing.
/// </summary>
public sealed record AppendResult(string Stream, ulong LastRevision, GlobalPosition LastPosition, bool AlreadyStored)
{
    /// <summary>
    /// Stored before by an earlier version of the writer, as another set of events: how many are stored, how many this
    /// one made.
    /// </summary>
    public (int Stored, int Now)? EarlierVersion { get; init; }
}
