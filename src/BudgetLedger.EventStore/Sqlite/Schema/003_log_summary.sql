-- What status reports, kept up to date by every append in its own write transaction, so status answers without
-- walking the log; verify walks it and compares. Filled from the existing events when this script is applied
-- (SqliteLogSummary.Rebuild): its one row is never absent.
CREATE TABLE log_summary (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    events         INTEGER NOT NULL,
    last_position  INTEGER NOT NULL, -- 0 while the log is empty
    last_hash      BLOB,             -- the last event's hash; NULL while the log is empty
    streams        INTEGER NOT NULL,
    log_digest     BLOB    NOT NULL, -- saved SHA-256 state over every event's hash (LogDigest)
    content_digest BLOB    NOT NULL  -- saved SHA-256 state over what every event says (ContentDigest)
);

CREATE TABLE log_summary_types (
    type   TEXT    PRIMARY KEY,
    events INTEGER NOT NULL
) WITHOUT ROWID;
