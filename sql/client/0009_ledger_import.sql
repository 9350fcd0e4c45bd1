-- Ledger imports (接待台账): which rows of a ledger are already in the store, so importing the same file
-- again creates nothing twice, and the column mappings people saved for their ledgers. Both are local to
-- this PC (not synced): they describe files on this PC.
CREATE TABLE ledger_import_row (
    fingerprint TEXT PRIMARY KEY,   -- SHA-256 of the row's mapped cells, trimmed (see LedgerImporter)
    case_id     TEXT NOT NULL,
    imported_at TEXT NOT NULL       -- ISO 8601 UTC
);

CREATE TABLE ledger_mapping (
    name     TEXT PRIMARY KEY,      -- what the user called it, e.g. the ledger's file name
    mapping  TEXT NOT NULL,         -- JSON: field code -> column header
    saved_at TEXT NOT NULL
);

-- Not about imports: an index the case list benchmark asked for (tests/bench/bench_cases.cpp, 100,000 cases).
-- A count by category and status read every matching case's row through cases_status (218 ms); on this index it
-- is a range of index entries (89 ms, 1.06x raw). Here rather than in a migration of its own because every
-- migration must create a table (tst_migrations), and this one is not merged yet.
CREATE INDEX cases_category_status ON cases(station_id, category_id, status);
