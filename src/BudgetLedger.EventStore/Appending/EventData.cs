namespace BudgetLedger.EventStore.Appending;

/// <summary>
/// An event to append: its id (derive it deterministically where you can), wire type name, data and metadata.
/// </summary>
public sealed record EventData(Guid EventId, string Type, byte[] Data, byte[] Metadata)
{
    /// <summary>Same id, type and bytes: a retry of this event, not a different one.</summary>
    public bool SameContentAs(string type, ReadOnlySpan<byte> data, ReadOnlySpan<byte> metadata) =>
        Type == type && Data.AsSpan().SequenceEqual(data) && Metadata.AsSpan().SequenceEqual(metadata);
}
