using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.Import;

/// <summary>
/// Appends a document's events as one batch to its own stream ("document-&lt;sha256&gt;"), so every store
/// writes it atomically. Ids are derived from the document, so a second import is a no-op that says so.
/// </summary>
public static class DocumentWriter
{
    public static async Task<AppendResult> Write(IEventStore store, ImportedDocument document, CancellationToken cancellationToken = default)
    {
        var effective = new EffectiveTime(document.Header.Year, null);
        var events = document.Events.Select(e =>
        {
            var s = EventSerializer.Default.Serialize(e.Event, new EventMetadata(effective, e.Provenance));
            return new EventData(e.EventId, s.WireName, s.Data, s.Metadata);
        }).ToList();
        return await store.Append(document.Stream, ExpectedRevision.NoStream, events, cancellationToken);
    }
}
