using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.TamperEvidence;

namespace BudgetLedger.Import;

/// <summary>
/// Appends a document's events as one batch to its own stream ("document-&lt;sha256&gt;"), so every store
/// writes it atomically. Ids are derived from the document, so a second import is a no-op that says so.
/// </summary>
public static class DocumentWriter
{
    public static async Task<AppendResult> Write(IEventStore store, ImportedDocument document,
        CancellationToken cancellationToken = default)
    {
        var effective = new EffectiveTime(document.Header.Year, null);
        var events = document.Events.Select(e =>
        {
            var s = EventSerializer.Default.Serialize(e.Event, new EventMetadata(effective, e.Provenance));
            return new EventData(e.EventId, s.WireName, s.Data, s.Metadata);
        }).ToList();
        try
        {
            return await store.Append(document.Stream, ExpectedRevision.NoStream, events, cancellationToken);
        }
        catch (Exception e) when (e is EventIdConflictException or WrongExpectedRevisionException)
        {
            if (await ImportedBefore(store, document.Stream, events.Count, cancellationToken) is { } before)
            {
                return before;
            }

            throw;
        }
    }

    /// <summary>
    /// The document's stream holds another set of events: an earlier importer version read it (into fewer or other
    /// events) if its own chain holds and it opens with this document's <see cref="DocumentImported"/>; then the
    /// document is already imported and nothing is added. Null when the stored events were altered.
    /// </summary>
    private static async Task<AppendResult?> ImportedBefore(IEventStore store, string stream, int count,
        CancellationToken cancellationToken)
    {
        var stored = await store.ReadStream(stream,
            cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        var previous = EventHash.Genesis;
        foreach (var e in stored)
        {
            var hash = EventHash.Compute(previous, e.Stream, e.StreamRevision, e.EventId, e.Type, e.Data, e.Metadata,
                e.RecordedAt);
            if (!hash.AsSpan().SequenceEqual(e.Hash))
            {
                return null;
            }

            previous = hash;
        }

        return stored is [{ Type: var type } first, ..] && type == DocumentImportedType
            ? new AppendResult(stream, stored[^1].StreamRevision, stored[^1].Position,
                AlreadyStored: true) { EarlierVersion = (stored.Count, count) }
            : null;
    }

    private static readonly string DocumentImportedType = EventTypeMap.Default.NameOf(typeof(DocumentImported));
}
