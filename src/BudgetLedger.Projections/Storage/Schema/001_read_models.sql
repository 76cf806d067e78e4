-- Read models of the projections, kept apart from the ledger. A batch's changed views and the global
-- checkpoint are written in one transaction, so after a crash they agree: nothing is counted twice or lost.
CREATE TABLE units (
    unit_id       TEXT    PRIMARY KEY,
    name          TEXT,
    code          TEXT,
    last_position INTEGER NOT NULL,
    links         BLOB    NOT NULL  -- UTF-8 JSON of the unit's lineage and project aliases
) WITHOUT ROWID;

-- One row per unit and fiscal year, so a batch rewrites only the years it touched.
CREATE TABLE unit_years (
    unit_id TEXT    NOT NULL,
    year    INTEGER NOT NULL,
    state   BLOB    NOT NULL, -- UTF-8 JSON of YearView
    PRIMARY KEY (unit_id, year)
) WITHOUT ROWID;

-- The checkpoint and the log it belongs to: the ledger's id and the event at the checkpoint (stream,
-- revision, hash). Read models whose log no longer holds that event are rebuilt, never served.
CREATE TABLE checkpoint (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    position        INTEGER NOT NULL,
    ledger_id       TEXT    NOT NULL,
    stream_id       TEXT,
    stream_revision INTEGER,
    hash            BLOB
);

-- Events a projection could not handle (an unknown type, a malformed payload): reported, skipped.
CREATE TABLE faults (
    position INTEGER PRIMARY KEY,
    type     TEXT    NOT NULL,
    error    TEXT    NOT NULL
);
