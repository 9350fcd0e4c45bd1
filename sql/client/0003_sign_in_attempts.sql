-- Zhitongche local store, schema version 3: the sign-in throttle. Local only (not synced, no sync
-- metadata): it protects this PC's locally cached password hashes, and it is kept on disk so that
-- restarting the program does not reset the delay after too many wrong passwords.

-- One row per username with wrong passwords since its last successful sign-in; a success removes it.
-- locked_until is an ISO 8601 UTC instant, NULL while fewer than five passwords in a row were wrong.
CREATE TABLE sign_in_attempts (
    username     TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locked_until TEXT
) WITHOUT ROWID;
