-- Read models of the projections in PostgreSQL, in a schema beside the ledger's (<ledger schema>_read_models).
-- The same tables as the SQLite file's; text sorts by bytes (COLLATE "C"), as SQLite's does. A batch's changed
-- views and the global checkpoint are written in one transaction: after a crash they agree.
CREATE TABLE units (
    unit_id       text COLLATE "C" PRIMARY KEY,
    name          text COLLATE "C",
    code          text COLLATE "C",
    last_position bigint NOT NULL,
    links         bytea NOT NULL  -- UTF-8 JSON of the unit's lineage and project aliases
);

-- One row per unit and fiscal year, so a batch rewrites only the years it touched.
CREATE TABLE unit_years (
    unit_id text COLLATE "C" NOT NULL,
    year    integer NOT NULL,
    state   bytea NOT NULL, -- deflated UTF-8 JSON of YearView, without its tables as published
    PRIMARY KEY (unit_id, year)
);

-- The tables as their documents printed them, read only by the reports that print them: one row per unit, year
-- and batch that published some. A table published again (a document re-read) counts at its last position.
CREATE TABLE published_tables (
    unit_id  text COLLATE "C" NOT NULL,
    year     integer NOT NULL,
    position bigint NOT NULL, -- of the first table in the row
    tables   bytea NOT NULL, -- deflated UTF-8 JSON of the tables with their positions
    PRIMARY KEY (unit_id, year, position)
);

-- The years the ledger holds, without reading the states.
CREATE INDEX unit_years_by_year ON unit_years (year);

-- The checkpoint and the log it belongs to: the ledger's id and the event at the checkpoint (stream,
-- revision, hash). Read models whose log no longer holds that event are rebuilt, never served.
CREATE TABLE checkpoint (
    id              integer PRIMARY KEY CHECK (id = 1),
    position        bigint NOT NULL,
    ledger_id       text COLLATE "C" NOT NULL,
    stream_id       text COLLATE "C",
    stream_revision bigint,
    hash            bytea
);

-- Events a projection could not handle (an unknown type, a malformed payload): reported, skipped.
CREATE TABLE faults (
    position bigint PRIMARY KEY,
    type     text COLLATE "C" NOT NULL,
    error    text COLLATE "C" NOT NULL
);

-- Trace facts of each unit (what its events say of a project or a functional class line), with the event's
-- metadata: a trace reads the facts of the units and the project or line it follows, never the log.
CREATE TABLE trace_facts (
    unit_id     text COLLATE "C" NOT NULL,
    position    bigint NOT NULL,
    ordinal     integer NOT NULL,
    project_key text COLLATE "C",
    code        text COLLATE "C",
    fact        bytea NOT NULL, -- UTF-8 JSON of TraceFact
    metadata    bytea NOT NULL, -- the event's metadata as stored in the log
    PRIMARY KEY (unit_id, position, ordinal)
);

CREATE INDEX trace_facts_by_project ON trace_facts (project_key, unit_id) WHERE project_key IS NOT NULL;

CREATE INDEX trace_facts_by_code ON trace_facts (unit_id, code) WHERE code IS NOT NULL;

-- Disclosures, renames and project aliases of the whole log: who is who, in which year, under which name.
CREATE TABLE directory_facts (
    position bigint PRIMARY KEY,
    kind     integer NOT NULL,
    unit_id  text COLLATE "C" NOT NULL, -- the unit the fact names: a rename's successor
    document text COLLATE "C",             -- a disclosure's SHA-256
    fact     bytea NOT NULL, -- UTF-8 JSON of DirectoryFact
    metadata bytea NOT NULL  -- the event's metadata as stored in the log
);

CREATE INDEX directory_facts_by_unit ON directory_facts (kind, unit_id);

CREATE INDEX directory_facts_by_document ON directory_facts (document) WHERE document IS NOT NULL;
