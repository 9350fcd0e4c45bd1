-- Zhitongche local store: an optional pin of the sync server's public key ("sha256/BASE64"; empty:
-- the organisation's CA alone decides), and why an attachment's upload stopped.
ALTER TABLE sync_settings ADD COLUMN key_pin TEXT NOT NULL DEFAULT '';
ALTER TABLE blob_queue ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
