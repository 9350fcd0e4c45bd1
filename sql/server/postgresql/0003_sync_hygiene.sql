-- zhitongche-server: device letters for case numbers, and the tombstone purge horizon
-- (server/README.md decisions 18 and 19). Same tables as sqlite/0003_sync_hygiene.sql.

-- The letter each PC of a station writes into its case numbers (330203006-2026-B0001). Known to the
-- server from forks (the copy's letter, and the new letter it is given); letters in the case numbers
-- the station's rows carry count as taken too.
CREATE TABLE device_letter (
    station_id TEXT NOT NULL,
    letter     TEXT NOT NULL CHECK (length(letter) = 1),
    device_id  TEXT NOT NULL,
    taken_at   TEXT NOT NULL,
    PRIMARY KEY (station_id, letter)
);

-- Tombstones (deleted rows, revokes) with seq <= horizon_seq may have been purged: a pull from below
-- it gets 410 and the client bootstraps again.
CREATE TABLE purge_horizon (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    horizon_seq BIGINT NOT NULL,
    purged_at   TEXT NOT NULL
);
INSERT INTO purge_horizon (singleton, horizon_seq, purged_at) VALUES (1, 0, '');

-- How far the sequence was at a moment (server clock), written by every purge run, so that "older
-- than N days" is a seq: the last seq of the newest mark at least N days old.
CREATE TABLE seq_mark (
    marked_at TEXT PRIMARY KEY,
    last_seq  BIGINT NOT NULL
);
