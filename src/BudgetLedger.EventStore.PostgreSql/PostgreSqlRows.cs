using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Storage;
using Npgsql;

namespace BudgetLedger.EventStore.PostgreSql;

internal static class PostgreSqlRows
{
    /// <summary>Maps a row selected with <see cref="PostgreSqlSql.Columns"/>.</summary>
    public static RecordedEvent ToRecordedEvent(NpgsqlDataReader r) =>
        StoredRows.ToRecordedEvent(r, row => row.GetGuid(1));

    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
        => new(sql, connection, transaction);
}
