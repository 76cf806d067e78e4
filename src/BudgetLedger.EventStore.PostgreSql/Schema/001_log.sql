-- The log, as in the SQLite ledger. position is the global position: max + 1, assigned while the writer holds the
-- summary row's lock until it commits, so positions are dense and a later position always commits later: a reader
-- that has seen position n has seen every commit before it.
CREATE TABLE events (
    position        bigint PRIMARY KEY,
    event_id        uuid   NOT NULL UNIQUE,
    stream_id       text   NOT NULL,
    stream_revision bigint NOT NULL,
    type            text   NOT NULL,
    data            bytea  NOT NULL,
    metadata        bytea  NOT NULL,
    recorded_at     bigint NOT NULL, -- Unix milliseconds, UTC
    hash            bytea  NOT NULL, -- SHA-256 chained per stream, see EventHash
    UNIQUE (stream_id, stream_revision)
);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% %: history is never rewritten: record a correction as a new event', TG_OP, TG_TABLE_NAME;
END $$;

CREATE TRIGGER events_are_immutable BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER events_are_never_truncated BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The ledger's identity, made with the schema: read models record it, so a server that lost its data (a new
-- schema at the same address) is never taken for the old ledger.
CREATE TABLE ledger (
    id         integer PRIMARY KEY CHECK (id = 1),
    ledger_id  text    NOT NULL,
    created_at bigint  NOT NULL -- Unix seconds, UTC
);

INSERT INTO ledger (id, ledger_id, created_at)
VALUES (1, md5(random()::text || clock_timestamp()::text), extract(epoch FROM now())::bigint);

CREATE TRIGGER ledger_id_is_immutable BEFORE UPDATE OR DELETE ON ledger
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- What status reports, kept by every append in its own transaction; its row is also the writers' lock.
CREATE TABLE log_summary (
    id             integer PRIMARY KEY CHECK (id = 1),
    events         bigint  NOT NULL,
    last_position  bigint  NOT NULL, -- 0 while the log is empty
    last_hash      bytea,            -- NULL while the log is empty
    streams        bigint  NOT NULL,
    log_digest     bytea   NOT NULL, -- saved SHA-256 state over every event's hash (LogDigest)
    content_digest bytea   NOT NULL  -- saved SHA-256 state over what every event says (ContentDigest)
);

CREATE TABLE log_summary_types (
    type   text   PRIMARY KEY,
    events bigint NOT NULL
);
