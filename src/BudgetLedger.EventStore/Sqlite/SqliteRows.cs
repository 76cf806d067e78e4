using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Storage;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Sqlite;

internal static class SqliteRows
{
    /// <summary>Maps a row selected with <see cref="SqliteSql.Columns"/>; ids are 16 bytes, RFC 9562 order.</summary>
    public static RecordedEvent ToRecordedEvent(SqliteDataReader r) =>
        StoredRows.ToRecordedEvent(r, row => new Guid(row.GetFieldValue<byte[]>(1), bigEndian: true));
}
