-- The search triggers of 0008 wrote case_fts row by row. Every row the pull or the write path writes is a
-- statement with triggers, so SQLite wraps it in a statement savepoint, and FTS5 writes out its pending
-- index data at every savepoint (fts5 xSavepoint -> StorageSync): the index got one tiny segment per row
-- plus its averages row, and the merges of those segments grew with the index (a profile of the pull of
-- 100 changes on a 100,000-case store). Now the triggers only note which cases changed, in a small queue
-- table, and the write transaction ends with one DELETE + one INSERT ... SELECT into the index
-- (CaseSearchIndex::flushQueue, called before every COMMIT of the write path and the pull), so a saved case
-- is found by search the moment the transaction commits, as before. The queue is written in the same
-- transaction as the rows, so a path that commits without flushing leaves its cases queued, never lost:
-- the next flush (any later write, or opening the store) indexes them.
-- The triggers stay plain CREATE TRIGGER statements (the bootstrap drops and re-creates them generically).

CREATE TABLE case_search_queue (
    case_rowid INTEGER PRIMARY KEY   -- cases.rowid to re-index (or to remove from the index when gone)
);

DROP TRIGGER case_fts_insert;
DROP TRIGGER case_fts_update;
DROP TRIGGER case_fts_delete;
DROP TRIGGER case_fts_reply;

CREATE TRIGGER case_fts_insert AFTER INSERT ON cases WHEN zt_search_live()
BEGIN
    INSERT OR IGNORE INTO case_search_queue (case_rowid) VALUES (new.rowid);
END;

CREATE TRIGGER case_fts_update AFTER UPDATE OF title, description ON cases
WHEN zt_search_live() AND (old.title IS NOT new.title OR old.description IS NOT new.description)
BEGIN
    INSERT OR IGNORE INTO case_search_queue (case_rowid) VALUES (new.rowid);
END;

-- Not conditional on zt_search_live(), like the trigger it replaces: a deleted case must leave the index
-- even in a bulk path.
CREATE TRIGGER case_fts_delete AFTER DELETE ON cases
BEGIN
    INSERT OR IGNORE INTO case_search_queue (case_rowid) VALUES (old.rowid);
END;

CREATE TRIGGER case_fts_reply AFTER INSERT ON case_event WHEN new.kind = 'replied' AND zt_search_live()
BEGIN
    INSERT OR IGNORE INTO case_search_queue (case_rowid) SELECT rowid FROM cases WHERE id = new.case_id;
END;
