-- Full-text search over cases: title, description and the departments' replies, with the bigram tokenizer
-- that Zhitongche registers on every connection (BigramTokenizer), so two-character Chinese words and single
-- characters are found. The row id is the case's rowid (cases is never vacuumed; CaseSearchIndex::rebuild
-- refills the index if that ever changes). The text is stored in the index so that a search word with
-- punctuation can be checked as an exact substring without a join.
CREATE VIRTUAL TABLE case_fts USING fts5(title, description, replies, tokenize = 'zt_bigram');

-- Bulk paths switch indexing off for their connection (zt_search_set_live(0)) and index their rows at the
-- end; what they still have to index is recorded here first, so a crash is caught up at the next open.
CREATE TABLE case_search_backlog (
    id           INTEGER PRIMARY KEY,
    cases_after  INTEGER NOT NULL,   -- cases.rowid: every case after it is (re)indexed
    events_after INTEGER NOT NULL    -- case_event.rowid: every case replied to after it is (re)indexed
);

CREATE TRIGGER case_fts_insert AFTER INSERT ON cases WHEN zt_search_live()
BEGIN
    INSERT INTO case_fts (rowid, title, description, replies)
    VALUES (new.rowid, new.title, new.description,
            coalesce((SELECT group_concat(r.note, char(10)) FROM case_event r
                      WHERE r.case_id = new.id AND r.kind = 'replied' AND r.deleted = 0), ''));
END;

CREATE TRIGGER case_fts_update AFTER UPDATE OF title, description ON cases
WHEN zt_search_live() AND (old.title IS NOT new.title OR old.description IS NOT new.description)
BEGIN
    UPDATE case_fts SET title = new.title, description = new.description WHERE rowid = new.rowid;
END;

CREATE TRIGGER case_fts_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER case_fts_reply AFTER INSERT ON case_event WHEN new.kind = 'replied' AND zt_search_live()
BEGIN
    UPDATE case_fts
    SET replies = coalesce((SELECT group_concat(r.note, char(10)) FROM case_event r
                            WHERE r.case_id = new.case_id AND r.kind = 'replied' AND r.deleted = 0), '')
    WHERE rowid = (SELECT rowid FROM cases WHERE id = new.case_id);
END;

INSERT INTO case_fts (rowid, title, description, replies)
SELECT c.rowid, c.title, c.description,
       coalesce((SELECT group_concat(r.note, char(10)) FROM case_event r
                 WHERE r.case_id = c.id AND r.kind = 'replied' AND r.deleted = 0), '')
FROM cases c;
