using System.Data.Common;
using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;

namespace BudgetLedger.EventStore.Storage;

/// <summary>
/// A row of a SQL store's events table, selected as position, event_id, stream_id, stream_revision, type, data,
/// metadata, recorded_at, hash; the id is read by the store (its column type is the store's own).
/// </summary>
public static class StoredRows
{
    public static RecordedEvent ToRecordedEvent(DbDataReader r, Func<DbDataReader, Guid> eventId)
    {
        var position = GlobalPosition.Of((ulong)r.GetInt64(0));
        try
        {
            return new RecordedEvent(
                Stream: r.GetString(2),
                StreamRevision: (ulong)r.GetInt64(3),
                Position: position,
                EventId: eventId(r),
                Type: r.GetString(4),
                Data: r.GetFieldValue<byte[]>(5),
                Metadata: r.GetFieldValue<byte[]>(6),
                RecordedAt: DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)),
                Hash: r.GetFieldValue<byte[]>(8));
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or FormatException
            or OverflowException)
        {
            throw new CorruptStoredEventException(position, e.Message, e);
        }
    }
}
