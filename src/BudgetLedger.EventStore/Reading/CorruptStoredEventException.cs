using BudgetLedger.EventStore.Positions;

namespace BudgetLedger.EventStore.Reading;

/// <summary>
/// A stored row cannot even be read as an event (a field of the wrong kind or size): the file was damaged or edited.
/// </summary>
public sealed class CorruptStoredEventException(GlobalPosition position, string reason, Exception? inner = null)
    : Exception($"the event stored at position {position} cannot be read: {reason}", inner)
{
    public GlobalPosition Position { get; } = position;

    public string Reason { get; } = reason;
}
