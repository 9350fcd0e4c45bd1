-- Zhitongche local store, schema version 4: the reception schedule as stored rules, and attendance.
-- Both tables sync like every other station table (same metadata columns), so the rules typed at the
-- station appear on the points' PCs and attendance marked anywhere counts in the duty record.

-- One rule of the reception schedule. rule_text is the canonical one-line form of ReceptionRuleParser
-- (e.g. "monthly weeks=2,4 day=thu half=pm deputies=... per=2 holiday=next from=2026-01-01"), so the
-- generator, the editor and the command line share one grammar and a new rule field needs no migration.
CREATE TABLE reception_rule (
    id         TEXT PRIMARY KEY,
    station_id TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv         INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT,
    title      TEXT NOT NULL DEFAULT '',          -- what the notice calls it: 区人大代表接待日, 主题接待 ...
    rule_text  TEXT NOT NULL,
    point_id   TEXT REFERENCES point(id) DEFERRABLE INITIALLY DEFERRED,   -- where; NULL: the station
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX reception_rule_station ON reception_rule(station_id, sort_order);

-- Attendance of one deputy at one reception session (date + half-day), marked after the day. Not
-- unique on purpose: two PCs may mark the same deputy while offline; readers count distinct sessions.
CREATE TABLE reception_attendance (
    id           TEXT PRIMARY KEY,
    station_id   TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv           INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    updated_by   TEXT,
    session_date TEXT NOT NULL,                  -- YYYY-MM-DD, the day it was held
    half_day     TEXT NOT NULL CHECK (half_day IN ('am', 'pm')),
    deputy_id    TEXT NOT NULL REFERENCES deputy(id) DEFERRABLE INITIALLY DEFERRED,
    rule_id      TEXT REFERENCES reception_rule(id) DEFERRABLE INITIALLY DEFERRED,
    status       TEXT NOT NULL CHECK (status IN ('attended', 'absent', 'substitute')),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reception_attendance_session ON reception_attendance(station_id, session_date, half_day);
CREATE INDEX reception_attendance_deputy ON reception_attendance(deputy_id, session_date);
