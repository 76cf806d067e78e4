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
    state   BLOB    NOT NULL, -- deflated UTF-8 JSON of YearView, without its tables as published
    PRIMARY KEY (unit_id, year)
);

-- The tables as their documents printed them, read only by the reports that print them: one row per unit, year
-- and batch that published some. A table published again (a document re-read) counts at its last position.
CREATE TABLE published_tables (
    unit_id  TEXT    NOT NULL,
    year     INTEGER NOT NULL,
    position INTEGER NOT NULL, -- of the first table in the row
    tables   BLOB    NOT NULL, -- deflated UTF-8 JSON of the tables with their positions
    PRIMARY KEY (unit_id, year, position)
);

-- The years the ledger holds, without reading the states.
CREATE INDEX unit_years_by_year ON unit_years (year);

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

-- Trace facts of each unit (what its events say of a project or a functional class line), with the event's
-- metadata: a trace reads the facts of the units and the project or line it follows, never the log.
CREATE TABLE trace_facts (
    unit_id     TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,
    project_key TEXT,
    code        TEXT,
    fact        BLOB    NOT NULL, -- UTF-8 JSON of TraceFact
    metadata    BLOB    NOT NULL, -- the event's metadata as stored in the log
    PRIMARY KEY (unit_id, position, ordinal)
);

CREATE INDEX trace_facts_by_project ON trace_facts (project_key, unit_id) WHERE project_key IS NOT NULL;

CREATE INDEX trace_facts_by_code ON trace_facts (unit_id, code) WHERE code IS NOT NULL;

-- Disclosures, renames and project aliases of the whole log: who is who, in which year, under which name.
CREATE TABLE directory_facts (
    position INTEGER PRIMARY KEY,
    kind     INTEGER NOT NULL,
    unit_id  TEXT    NOT NULL, -- the unit the fact names: a rename's successor
    document TEXT,             -- a disclosure's SHA-256
    fact     BLOB    NOT NULL, -- UTF-8 JSON of DirectoryFact
    metadata BLOB    NOT NULL  -- the event's metadata as stored in the log
);

CREATE INDEX directory_facts_by_unit ON directory_facts (kind, unit_id);

CREATE INDEX directory_facts_by_document ON directory_facts (document) WHERE document IS NOT NULL;
