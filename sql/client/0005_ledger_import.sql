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
