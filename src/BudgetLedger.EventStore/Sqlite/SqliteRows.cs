using BudgetLedger.EventStore.Positions;
using BudgetLedger.EventStore.Reading;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

internal static class SqliteRows
{
    /// <summary>Maps a row selected with <see cref="SqliteSql.Columns"/>.</summary>
    public static RecordedEvent ToRecordedEvent(SqliteDataReader r)
    {
        var position = GlobalPosition.Of((ulong)r.GetInt64(0));
        try
        {
            return new RecordedEvent(
                Stream: r.GetString(2),
                StreamRevision: (ulong)r.GetInt64(3),
                Position: position,
                EventId: new Guid(r.GetFieldValue<byte[]>(1), bigEndian: true),
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
