-- zhitongche-server, schema version 1 (SQLite). Same tables as postgresql/0001_server_schema.sql.
-- Statements are separated by a semicolon at the end of a line (the migrator splits on it).

CREATE TABLE district (
    id    TEXT PRIMARY KEY,
    code  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL
);

CREATE TABLE station (
    id          TEXT PRIMARY KEY,            -- the station row id the clients use
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    district_id TEXT NOT NULL REFERENCES district(id)
);

-- A station account reads and writes its station; a district account every station of its district.
CREATE TABLE account (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('station', 'district')),
    station_id    TEXT REFERENCES station(id),
    district_id   TEXT REFERENCES district(id),
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

CREATE TABLE device (
    id                 TEXT PRIMARY KEY,
    account_id         TEXT NOT NULL REFERENCES account(id),
    name               TEXT NOT NULL DEFAULT '',
    refresh_token_hash TEXT NOT NULL,
    last_device_seq    INTEGER NOT NULL DEFAULT 0,
    enrolled_at        TEXT NOT NULL,
    revoked_at         TEXT,
    last_sync_at       TEXT
);

CREATE TABLE access_token (
    token_hash TEXT PRIMARY KEY,
    device_id  TEXT NOT NULL REFERENCES device(id),
    expires_at INTEGER NOT NULL                 -- Unix seconds
);
CREATE INDEX access_token_device ON access_token(device_id);

-- The one server sequence: seq is both a row's version and the pull cursor.
CREATE TABLE seq_counter (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_seq  INTEGER NOT NULL
);
INSERT INTO seq_counter (singleton, last_seq) VALUES (1, 0);

-- Every synced row, latest version only (the change log compacted to one entry per row).
-- data: the row as JSON (every column but sv/deleted); field_sv: JSON field -> seq of its last change;
-- field_by: JSON field -> device that made it (a device's later edit builds on its own earlier one).
CREATE TABLE row_store (
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    station_id TEXT NOT NULL,
    sv         INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    data       TEXT NOT NULL,
    field_sv   TEXT NOT NULL,
    field_by   TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (tbl, row_id)
);
CREATE UNIQUE INDEX row_store_sv ON row_store(sv);
CREATE INDEX row_store_station_sv ON row_store(station_id, sv);

-- A row that left a station's scope: that station's devices get a revoke at this seq.
CREATE TABLE row_revoke (
    seq        INTEGER PRIMARY KEY,
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    station_id TEXT NOT NULL
);
CREATE INDEX row_revoke_station ON row_revoke(station_id, seq);

-- At most once: the stored answer for every (device, device_seq) ever applied.
CREATE TABLE mutation_log (
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    mutation_id TEXT NOT NULL,
    result      TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    PRIMARY KEY (device_id, device_seq)
);

CREATE TABLE conflict (
    id           TEXT PRIMARY KEY,
    tbl          TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    station_id   TEXT NOT NULL,
    field        TEXT NOT NULL,
    base_value   TEXT,
    server_value TEXT,
    local_value  TEXT,
    kept         TEXT NOT NULL CHECK (kept IN ('server', 'local')),
    device_id    TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at   TEXT NOT NULL
);
CREATE INDEX conflict_row ON conflict(tbl, row_id);
