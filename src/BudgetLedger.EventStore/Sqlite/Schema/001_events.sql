-- The log. position is the global position: assigned max + 1 inside the write transaction, so
-- positions are dense and increase in commit order (writers are serialised by SQLite's write lock).
CREATE TABLE events (
    position        INTEGER PRIMARY KEY,
    event_id        BLOB    NOT NULL UNIQUE, -- 16 bytes, RFC 9562 byte order
    stream_id       TEXT    NOT NULL,
    stream_revision INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    data            BLOB    NOT NULL,
    metadata        BLOB    NOT NULL,
    recorded_at     INTEGER NOT NULL, -- Unix milliseconds, UTC
    hash            BLOB    NOT NULL, -- SHA-256 chained per stream, see EventHash
    UNIQUE (stream_id, stream_revision)
);

-- History is never rewritten: corrections are new events. (A person with the file can drop these;
-- the hash chain and the saved digest are what catch that.)
CREATE TRIGGER events_are_immutable BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are immutable: record a correction as a new event');
END;

CREATE TRIGGER events_are_never_deleted BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are never deleted: record a reversal as a new event');
END;
