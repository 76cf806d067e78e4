-- Read models of the projections, kept apart from the ledger. A unit's view and the global checkpoint
-- are written in one transaction per batch, so after a crash they agree: nothing is counted twice or lost.
CREATE TABLE unit_views (
    unit_id       TEXT    PRIMARY KEY,
    state         TEXT    NOT NULL, -- JSON of UnitView
    last_position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE checkpoint (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    position INTEGER NOT NULL
);

-- Events a projection could not handle (an unknown type, a malformed payload): reported, skipped.
CREATE TABLE faults (
    position INTEGER PRIMARY KEY,
    type     TEXT    NOT NULL,
    error    TEXT    NOT NULL
);
