-- Zhitongche local store: pulled rows this PC could not store because they name a row it does not have
-- (a case of another station's category, an event of a case that is not here). Without this, such a row
-- failed its page's deferred foreign keys at COMMIT and every later pull stopped on the same page. The
-- row is kept aside here instead, the page is stored without it, and it is tried again as soon as the
-- row it names arrives; the sync page lists what is waiting and why (storage/HeldRowRepository).
CREATE TABLE sync_held_row (
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    seq        INTEGER NOT NULL,     -- the server's version of the row kept aside
    op         TEXT NOT NULL,        -- put | delete
    row_json   TEXT NOT NULL,        -- the row as pulled
    ref_column TEXT NOT NULL,        -- the column that names a missing row
    ref_table  TEXT NOT NULL,
    ref_id     TEXT NOT NULL,
    held_at    TEXT NOT NULL,        -- ISO 8601 UTC
    PRIMARY KEY (tbl, row_id)
);
