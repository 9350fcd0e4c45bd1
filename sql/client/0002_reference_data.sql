-- Zhitongche local store, schema version 2: reference data the program ships with. These tables are
-- local only (not synced, no sync metadata): every client fills them from its own embedded files, and
-- ReferenceDataLoader replaces their content whenever the embedded file changes.

-- Administrative divisions (Zhejiang), level 1 province, 2 city, 3 county, 4 township/street,
-- 5 village/community. parent_code is NULL for the province.
CREATE TABLE division (
    code        TEXT PRIMARY KEY,
    parent_code TEXT,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    name        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX division_parent ON division(parent_code);

-- Days that break the Monday-to-Friday rule: official holidays, and make-up working days (调休) that
-- fall on a weekend. day is YYYY-MM-DD; name is the holiday's Chinese name, name_en its English one.
CREATE TABLE calendar_day (
    day     TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name    TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Which version (SHA-1 of the embedded file) of each dataset the tables above hold.
CREATE TABLE reference_data (
    dataset   TEXT PRIMARY KEY,
    version   TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
