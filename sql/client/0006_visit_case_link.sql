-- Zhitongche local store: a visit can raise a problem that is already a case (the same flooded garage
-- reported again by a neighbour). Staff link the visit to the existing case instead of registering a
-- duplicate; the link is its own synced row, because cases.visit_id names only the visit that raised
-- the case first.
CREATE TABLE visit_case (
    id         TEXT PRIMARY KEY,
    station_id TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv         INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT,
    visit_id   TEXT NOT NULL REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    case_id    TEXT NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    note       TEXT NOT NULL DEFAULT ''       -- what the visitor added, in their words
);
CREATE INDEX visit_case_visit ON visit_case(visit_id);
CREATE INDEX visit_case_case ON visit_case(case_id);

-- The reception desk looks up a returning visitor's open cases by phone while they sit there; without
-- this a store of 200,000 cases is scanned for each look-up (0.5 s). Partial, like visitor_phone:
-- queries say citizen_phone <> '' so that SQLite may use it.
CREATE INDEX cases_citizen_phone ON cases(citizen_phone) WHERE citizen_phone <> '';
