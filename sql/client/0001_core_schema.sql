-- Zhitongche local store, schema version 1: the domain tables and the sync bookkeeping.
-- Every synced table carries id (UUIDv7 text), station_id, sv (server version, 0 = never synced),
-- hlc (hybrid logical clock stamp), deleted (tombstone) and updated_by (staff user id), as the
-- sync protocol requires. Foreign keys between synced rows are DEFERRABLE so that a pulled page
-- whose rows arrive in any order can be applied in one transaction.

-- This PC: which station it belongs to, its letter for case numbers, its sync identity.
CREATE TABLE device (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id       TEXT NOT NULL,
    station_id      TEXT,
    device_letter   TEXT NOT NULL DEFAULT 'A' CHECK (length(device_letter) = 1),
    next_device_seq INTEGER NOT NULL DEFAULT 1,
    last_hlc        TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);

-- Per-device, per-year serials for human-readable case numbers.
CREATE TABLE case_serial (
    year        INTEGER NOT NULL,
    last_serial INTEGER NOT NULL,
    PRIMARY KEY (year)
);

CREATE TABLE station (
    id             TEXT PRIMARY KEY,
    station_id     TEXT NOT NULL,
    sv             INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    updated_by     TEXT,
    code           TEXT NOT NULL UNIQUE,          -- township/street division code, e.g. 330203006
    name           TEXT NOT NULL,                 -- unified name on the plate
    division_code  TEXT NOT NULL,
    address        TEXT NOT NULL DEFAULT '',
    opening_hours  TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    contact_phone  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE point (
    id             TEXT PRIMARY KEY,
    station_id     TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv             INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    updated_by     TEXT,
    name           TEXT NOT NULL,
    division_code  TEXT NOT NULL,                 -- village/community code
    address        TEXT NOT NULL DEFAULT '',
    opening_hours  TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    contact_phone  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX point_station ON point(station_id);

CREATE TABLE deputy (
    id           TEXT PRIMARY KEY,
    station_id   TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv           INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    updated_by   TEXT,
    point_id     TEXT REFERENCES point(id) DEFERRABLE INITIALLY DEFERRED,
    name         TEXT NOT NULL,
    gender       TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    level        TEXT NOT NULL CHECK (level IN ('national', 'provincial', 'city', 'county', 'township')),
    constituency TEXT NOT NULL DEFAULT '',
    occupation   TEXT NOT NULL DEFAULT '',
    expertise    TEXT NOT NULL DEFAULT '[]',      -- JSON array of tags
    phone        TEXT NOT NULL DEFAULT '',
    photo_sha256 TEXT,
    term_start   TEXT,                            -- YYYY-MM-DD
    term_end     TEXT,
    active       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deputy_station ON deputy(station_id, level);

CREATE TABLE department (
    id         TEXT PRIMARY KEY,
    station_id TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv         INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'street' CHECK (kind IN ('street', 'district', 'other')),
    contact    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX department_station ON department(station_id);

CREATE TABLE category (
    id                    TEXT PRIMARY KEY,
    station_id            TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv                    INTEGER NOT NULL DEFAULT 0,
    hlc                   TEXT NOT NULL,
    deleted               INTEGER NOT NULL DEFAULT 0,
    updated_by            TEXT,
    code                  TEXT NOT NULL,
    name                  TEXT NOT NULL,
    default_deadline_days INTEGER NOT NULL DEFAULT 15 CHECK (default_deadline_days > 0),
    sort_order            INTEGER NOT NULL DEFAULT 0,
    UNIQUE (station_id, code)
);

CREATE TABLE visit (
    id            TEXT PRIMARY KEY,
    station_id    TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv            INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    updated_by    TEXT,
    point_id      TEXT REFERENCES point(id) DEFERRABLE INITIALLY DEFERRED,
    visit_date    TEXT NOT NULL,                  -- YYYY-MM-DD
    half_day      TEXT NOT NULL CHECK (half_day IN ('am', 'pm')),
    channel       TEXT NOT NULL,
    external_ref  TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',       -- what was said
    visitor_count INTEGER NOT NULL DEFAULT 1 CHECK (visitor_count >= 1),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visit_station_date ON visit(station_id, visit_date);

CREATE TABLE visit_deputy (
    id         TEXT PRIMARY KEY,
    station_id TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv         INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT,
    visit_id   TEXT NOT NULL REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    deputy_id  TEXT NOT NULL REFERENCES deputy(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX visit_deputy_visit ON visit_deputy(visit_id);
CREATE INDEX visit_deputy_deputy ON visit_deputy(deputy_id);

CREATE TABLE visitor (
    id             TEXT PRIMARY KEY,
    station_id     TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv             INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    updated_by     TEXT,
    visit_id       TEXT NOT NULL REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    name           TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    id_number      TEXT NOT NULL DEFAULT '',
    community_code TEXT NOT NULL DEFAULT '',
    headcount      INTEGER NOT NULL DEFAULT 1 CHECK (headcount >= 1)   -- a group visit counts every person
);
CREATE INDEX visitor_visit ON visitor(visit_id);
CREATE INDEX visitor_phone ON visitor(phone) WHERE phone <> '';

CREATE TABLE cases (
    id             TEXT PRIMARY KEY,
    station_id     TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv             INTEGER NOT NULL DEFAULT 0,
    hlc            TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    updated_by     TEXT,
    point_id       TEXT REFERENCES point(id) DEFERRABLE INITIALLY DEFERRED,
    case_no        TEXT NOT NULL UNIQUE,          -- 330203006-2026-A0142
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    category_id    TEXT REFERENCES category(id) DEFERRABLE INITIALLY DEFERRED,
    community_code TEXT NOT NULL DEFAULT '',      -- location as a village/community division code
    location       TEXT NOT NULL DEFAULT '',      -- free-text location detail
    channel        TEXT NOT NULL,
    external_ref   TEXT NOT NULL DEFAULT '',
    visit_id       TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    citizen_name   TEXT NOT NULL DEFAULT '',
    citizen_phone  TEXT NOT NULL DEFAULT '',
    deputy_id      TEXT REFERENCES deputy(id) DEFERRABLE INITIALLY DEFERRED,   -- the deputy following it
    status         TEXT NOT NULL DEFAULT 'registered',
    department_id  TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED,
    deadline       TEXT,                          -- YYYY-MM-DD, working days counted on the official calendar
    priority       TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    satisfaction   TEXT NOT NULL DEFAULT '' CHECK (satisfaction IN ('', 'satisfied', 'basically_satisfied', 'unsatisfied')),
    registered_on  TEXT NOT NULL,                 -- YYYY-MM-DD
    assigned_on    TEXT,
    replied_on     TEXT,
    closed_on      TEXT
);
CREATE INDEX cases_station_registered ON cases(station_id, registered_on, id);
CREATE INDEX cases_status ON cases(station_id, status, deadline);
CREATE INDEX cases_visit ON cases(visit_id) WHERE visit_id IS NOT NULL;

-- Append-only: a correction is a new event that supersedes an old one.
CREATE TABLE case_event (
    id            TEXT PRIMARY KEY,
    station_id    TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv            INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    updated_by    TEXT,
    case_id       TEXT NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    kind          TEXT NOT NULL,
    occurred_at   TEXT NOT NULL,                  -- ISO 8601 UTC
    actor_id      TEXT,                           -- staff user
    deputy_id     TEXT REFERENCES deputy(id) DEFERRABLE INITIALLY DEFERRED,
    department_id TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED,
    deadline      TEXT,
    satisfaction  TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    supersedes    TEXT                            -- id of the event this one corrects
);
CREATE INDEX case_event_case ON case_event(case_id, hlc);
CREATE TRIGGER case_event_no_update BEFORE UPDATE OF case_id, kind, occurred_at, note ON case_event
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;

CREATE TABLE attachment (
    id          TEXT PRIMARY KEY,
    station_id  TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv          INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    updated_by  TEXT,
    owner_table TEXT NOT NULL CHECK (owner_table IN ('cases', 'visit', 'case_event', 'deputy')),
    owner_id    TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    kind        TEXT NOT NULL DEFAULT 'file' CHECK (kind IN ('photo', 'scan', 'voice', 'video', 'file')),
    created_at  TEXT NOT NULL
);
CREATE INDEX attachment_owner ON attachment(owner_table, owner_id);

CREATE TABLE app_user (
    id            TEXT PRIMARY KEY,
    station_id    TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv            INTEGER NOT NULL DEFAULT 0,
    hlc           TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    updated_by    TEXT,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('station_staff', 'station_head', 'district_officer', 'administrator')),
    password_hash TEXT NOT NULL,                  -- argon2id (libsodium crypto_pwhash_str)
    active        INTEGER NOT NULL DEFAULT 1
);

-- Local, append-only, hash-chained: each entry's hash covers the previous entry's hash.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TEXT NOT NULL,
    user_id     TEXT,
    action      TEXT NOT NULL,
    tbl         TEXT NOT NULL DEFAULT '',
    row_id      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Sync bookkeeping (sync-protocol.md). The outbox row is written in the same transaction as the
-- data change it describes.
CREATE TABLE sync_outbox (
    device_seq  INTEGER PRIMARY KEY,
    mutation_id TEXT NOT NULL UNIQUE,
    tx_id       TEXT NOT NULL,
    tbl         TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    fields      TEXT NOT NULL,                    -- JSON object: only what changed
    base_sv     INTEGER NOT NULL,
    base_fields TEXT NOT NULL DEFAULT '{}',       -- JSON object: the values the change was made from
    hlc         TEXT NOT NULL,
    user_id     TEXT,
    schema_v    INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'done', 'rejected')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,
    last_error  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_outbox_state ON sync_outbox(state, device_seq);

CREATE TABLE sync_state (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    pull_cursor     INTEGER NOT NULL DEFAULT 0,
    scope_epoch     INTEGER NOT NULL DEFAULT 0,
    bootstrap_token TEXT,
    last_synced_at  TEXT
);
INSERT INTO sync_state (singleton) VALUES (1);

CREATE TABLE sync_conflict (
    id           TEXT PRIMARY KEY,
    tbl          TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    base_value   TEXT,
    server_value TEXT,
    local_value  TEXT,
    kind         TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at   TEXT NOT NULL
);

CREATE TABLE blob_queue (
    sha256     TEXT PRIMARY KEY,
    local_path TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    offset     INTEGER NOT NULL DEFAULT 0,
    state      TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'uploading', 'done', 'failed'))
);
