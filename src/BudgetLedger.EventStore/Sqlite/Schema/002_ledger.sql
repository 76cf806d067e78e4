-- The ledger's identity: made once, when the file is created (or first opened for writing by this
-- version). Read models record it, so they are never served for another ledger at the same path.
CREATE TABLE ledger (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    ledger_id  TEXT    NOT NULL,
    created_at INTEGER NOT NULL -- Unix seconds, UTC
);

INSERT INTO ledger (id, ledger_id, created_at)
VALUES (1, lower(hex(randomblob(16))), CAST(strftime('%s', 'now') AS INTEGER));

CREATE TRIGGER ledger_id_is_immutable BEFORE UPDATE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'a ledger''s id never changes');
END;

CREATE TRIGGER ledger_id_is_never_deleted BEFORE DELETE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'a ledger''s id is never deleted');
END;
