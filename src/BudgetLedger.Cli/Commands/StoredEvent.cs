using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.Cli.Commands;

/// <summary>
/// An event of the log as the domain knows it; one that cannot be read is an error naming its position.
/// </summary>
internal static class StoredEvent
{
    public static IBudgetEvent Decode(RecordedEvent e)
    {
        try
        {
            return EventSerializer.Default.DeserializeData(e.Type, e.Data);
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or FormatException or ArgumentException or InvalidCastException)
        {
            throw new LedgerFileException($"the event at position {e.Position} ({e.Type}, stream {e.Stream}) cannot "
                + $"be read: {ex.Message}; run `budget-ledger verify`", ex);
        }
    }

    public static EventMetadata Metadata(RecordedEvent e)
    {
        try
        {
            return EventSerializer.DeserializeMetadata(e.Metadata);
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or FormatException or ArgumentException or InvalidCastException)
        {
            throw new LedgerFileException($"the metadata of the event at position {e.Position} ({e.Type}) cannot be "
                + $"read: {ex.Message}; run `budget-ledger verify`", ex);
        }
    }
}
