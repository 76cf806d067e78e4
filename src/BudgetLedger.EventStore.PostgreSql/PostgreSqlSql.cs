namespace BudgetLedger.EventStore.PostgreSql;

/// <summary>The statements the store runs; the schema itself is in Schema/*.sql.</summary>
internal static class PostgreSqlSql
{
    public const string Columns = "position, event_id, stream_id, stream_revision, type, data, metadata, "
        + "recorded_at, hash";

    /// <summary>The row lock that orders writers: held from here to the commit.</summary>
    public const string LockSummary = "SELECT events, last_position, last_hash, streams, log_digest, "
        + "content_digest FROM log_summary WHERE id = 1 FOR UPDATE;";

    public const string Summary = "SELECT events, last_position, last_hash, streams, log_digest, content_digest "
        + "FROM log_summary WHERE id = 1;";

    public const string Tail = "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1;";

    public const string FindByIds = "SELECT event_id, stream_id, type, data, metadata, stream_revision, position "
        + "FROM events WHERE event_id = ANY(@ids);";

    public const string StreamHead = "SELECT stream_revision, hash FROM events WHERE stream_id = @stream "
        + "ORDER BY stream_revision DESC LIMIT 1;";

    public const string Copy = $"COPY events ({Columns}) FROM STDIN (FORMAT BINARY);";

    public const string WriteSummary = "UPDATE log_summary SET events = @events, last_position = @position, "
        + "last_hash = @hash, streams = @streams, log_digest = @digest, content_digest = @content WHERE id = 1;";

    public const string AddTypes = "INSERT INTO log_summary_types (type, events) SELECT * FROM unnest(@types, "
        + "@counts) ON CONFLICT (type) DO UPDATE SET events = log_summary_types.events + excluded.events;";

    public const string Types = "SELECT type, events FROM log_summary_types;";

    public const string StreamForwards = $"SELECT {Columns} FROM events WHERE stream_id = @stream "
        + "AND stream_revision >= @from ORDER BY stream_revision LIMIT @max;";

    public const string StreamBackwards = $"SELECT {Columns} FROM events WHERE stream_id = @stream "
        + "AND stream_revision <= @from ORDER BY stream_revision DESC LIMIT @max;";

    public const string AllForwards = $"SELECT {Columns} FROM events WHERE position > @after "
        + "ORDER BY position LIMIT @max;";

    public const string AllBackwards = $"SELECT {Columns} FROM events WHERE position < @before "
        + "ORDER BY position DESC LIMIT @max;";
}
