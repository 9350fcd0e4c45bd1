-- Zhitongche local store: where and as whom this PC syncs. One row; empty until the device is enrolled.
-- The refresh token is revocable on the server (zhitongche-server admin device revoke).
CREATE TABLE sync_settings (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    server_url    TEXT NOT NULL DEFAULT '',
    ca_file       TEXT NOT NULL DEFAULT '',
    username      TEXT NOT NULL DEFAULT '',
    refresh_token TEXT NOT NULL DEFAULT ''
);
INSERT INTO sync_settings (singleton) VALUES (1);
