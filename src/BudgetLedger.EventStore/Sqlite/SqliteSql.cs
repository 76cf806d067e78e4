namespace BudgetLedger.EventStore.Sqlite;

/// <summary>The statements the store runs; the schema itself is in Schema/*.sql.</summary>
internal static class SqliteSql
{
    public const string ConnectionPragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 60000; "
        + "PRAGMA foreign_keys = ON;";

    public const string Columns = "position, event_id, stream_id, stream_revision, type, data, metadata, "
        + "recorded_at, hash";

    public const string FindById = "SELECT stream_id, type, data, metadata, stream_revision, position FROM events "
        + "WHERE event_id = $id;";

    public const string StreamHead = "SELECT stream_revision, hash FROM events WHERE stream_id = $stream "
        + "ORDER BY stream_revision DESC LIMIT 1;";

    public const string Insert = """
        INSERT INTO events (position, event_id, stream_id, stream_revision, type, data, metadata, recorded_at, hash)
        VALUES ($position, $id, $stream, $revision, $type, $data, $metadata, $recorded_at, $hash);
        """;

    public const string StreamForwards = $"SELECT {Columns} FROM events WHERE stream_id = $stream "
        + $"AND stream_revision >= $from ORDER BY stream_revision LIMIT $max;";

    public const string StreamBackwards = $"SELECT {Columns} FROM events WHERE stream_id = $stream "
        + $"AND stream_revision <= $from ORDER BY stream_revision DESC LIMIT $max;";

    public const string AllForwards = $"SELECT {Columns} FROM events WHERE position > $after "
        + $"ORDER BY position LIMIT $max;";

    public const string AllBackwards = $"SELECT {Columns} FROM events WHERE position < $before "
        + $"ORDER BY position DESC LIMIT $max;";
}
