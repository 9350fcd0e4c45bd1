-- Zhitongche local store: cases this PC gave a new number because the server had the old one from
-- another PC's case already (server/README.md decision 25: a copied data file drew the same numbers
-- as its twin before its first sync). Not synced: the sync page and `ztctl sync` tell the user here,
-- until dismissed, which number to give the citizen instead; old_no finds a case by its old number.
CREATE TABLE case_renumbered (
    id            INTEGER PRIMARY KEY,
    case_id       TEXT NOT NULL,
    old_no        TEXT NOT NULL,
    new_no        TEXT NOT NULL,
    renumbered_at TEXT NOT NULL,  -- UTC, ISO 8601
    dismissed     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_renumbered_old_no ON case_renumbered(old_no);
