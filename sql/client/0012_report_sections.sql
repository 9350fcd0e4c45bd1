-- Zhitongche local store: two sections of the monthly report that are not figures. Both are station data
-- (every PC of the station prints the same report), so both are synced like the other station tables.

-- Notable cases (典型案例) picked for the report of one month, from the reports page or the case detail.
CREATE TABLE notable_case (
    id         TEXT PRIMARY KEY,
    station_id TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv         INTEGER NOT NULL DEFAULT 0,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT,
    case_id    TEXT NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    period     TEXT NOT NULL CHECK (length(period) = 7)   -- YYYY-MM: the month whose report prints it
);
CREATE INDEX notable_case_period ON notable_case(station_id, period);
CREATE INDEX notable_case_case ON notable_case(case_id);

-- Activities held (活动开展) by the station's deputies: themed receptions, field visits (出诊), surveys,
-- law-publicity events, the monthly study day, lectures (代表讲堂), forums.
CREATE TABLE station_activity (
    id           TEXT PRIMARY KEY,
    station_id   TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv           INTEGER NOT NULL DEFAULT 0,
    hlc          TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    updated_by   TEXT,
    held_on      TEXT NOT NULL,                 -- YYYY-MM-DD
    kind         TEXT NOT NULL CHECK (kind IN ('themed_reception', 'field_visit', 'survey', 'law_publicity',
                                               'study_day', 'lecture', 'forum', 'other')),
    title        TEXT NOT NULL,
    place        TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX station_activity_held ON station_activity(station_id, held_on);

-- The deputies who took part in an activity, a row each (like visit_deputy), so two PCs can add
-- deputies to the same activity without overwriting each other.
CREATE TABLE station_activity_deputy (
    id          TEXT PRIMARY KEY,
    station_id  TEXT NOT NULL REFERENCES station(id) DEFERRABLE INITIALLY DEFERRED,
    sv          INTEGER NOT NULL DEFAULT 0,
    hlc         TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    updated_by  TEXT,
    activity_id TEXT NOT NULL REFERENCES station_activity(id) DEFERRABLE INITIALLY DEFERRED,
    deputy_id   TEXT NOT NULL REFERENCES deputy(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX station_activity_deputy_activity ON station_activity_deputy(activity_id);
