-- Zhitongche local store: an administrator who resets a password sets a temporary one, and its owner
-- must choose their own at the next sign-in. A column of app_user, so it syncs like the rest of the
-- account (the reset and the change may happen on different PCs of the station).
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
