using BudgetLedger.Domain.Records;
using BudgetLedger.Domain.Serialization;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.Import.Records;

/// <summary>
/// Appends a file's new entries in one atomic write (one by one, after all are checked, on a store without
/// atomic multi-stream appends), each to its own stream ("record-&lt;id&gt;") with an id
/// derived from its content. An entry recorded before with the same content is skipped; with other
/// content it is refused (a recorded entry is never rewritten: a correction is a new entry).
/// </summary>
public static class RecordWriter
{
    public sealed record Outcome(
        IReadOnlyList<RecordedChange> Written,
        IReadOnlyList<RecordedChange> AlreadyRecorded,
        ulong? Position);

    public static async Task<Outcome> Write(IEventStore store, string file, IReadOnlyList<RecordedChange> changes,
        CancellationToken cancellationToken = default)
    {
        var (fresh, already) = (new List<(RecordedChange Change, EventData Data)>(), new List<RecordedChange>());
        foreach (var change in changes)
        {
            var serialized = EventSerializer.Default.Serialize(change.Event,
                new EventMetadata(new EffectiveTime(change.FiscalYear, null), change.Provenance));
            var data = new EventData(
                DeterministicEventId.From("record", change.EntryId, serialized.WireName,
                    Convert.ToHexString(serialized.Data)),
                serialized.WireName, serialized.Data, serialized.Metadata);
            var stored = await store.ReadStreamForwards(change.Stream, 0, 1, cancellationToken);
            if (stored.Count == 0)
            {
                fresh.Add((change, data));
            }
            else if (stored[0].EventId == data.EventId)
            {
                already.Add(change);
            }
            else
            {
                throw new RecordException(
                    $"{file}: entry '{change.EntryId}' was recorded before (position {stored[0].Position.Commit}" +
                    $") with other content; a recorded entry is never rewritten: add a correction entry with a new id");
            }
        }

        if (fresh.Count == 0)
        {
            return new Outcome([], already, null);
        }

        var appends = fresh.Select(f => new StreamAppend(f.Change.Stream, ExpectedRevision.NoStream, [f.Data]))
            .ToList();
        IReadOnlyList<AppendResult> results;
        if (store.Capabilities.MultiStreamAppend)
        {
            results = await store.AppendMultiple(appends, cancellationToken);
        }
        else
        {
            // Every entry is checked before the first is written; an interrupted run is completed by recording the
            // file again.
            var each = new List<AppendResult>();
            foreach (var append in appends)
            {
                each.Add(await store.Append(append.Stream, append.ExpectedRevision, append.Events, cancellationToken));
            }

            results = each;
        }

        return new Outcome(fresh.Select(f => f.Change).ToList(), already, results.Max(r => r.LastPosition.Commit));
    }
}
