-- Zhitongche local store: indexes and triggers a bulk load (the first sync bootstrap into empty tables)
-- dropped, with the SQL that made them, written in the same transaction as the DROP. The bootstrap
-- creates them again after its last page; if the program dies first, the next open of the store does
-- (storage/BulkLoadIndexes). Empty whenever no bootstrap is under way.
CREATE TABLE bulk_load_dropped (
    name TEXT PRIMARY KEY,  -- the index's or trigger's name
    type TEXT NOT NULL CHECK (type IN ('index', 'trigger')),
    tbl  TEXT NOT NULL,
    sql  TEXT NOT NULL
);
