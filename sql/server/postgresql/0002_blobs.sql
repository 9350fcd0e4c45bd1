-- zhitongche-server: attachments' bytes (blobs). The bytes live in the blob folder ([blobs] path,
-- server/README.md); the database knows which blobs are complete. Who may read or upload a blob is
-- decided by the attachment rows in the asker's scope that name its hash, so the index below.

CREATE TABLE blob (
    sha256     TEXT PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    stored_at  TEXT NOT NULL
);

CREATE INDEX row_store_attachment_sha ON row_store (((data::jsonb) ->> 'sha256')) WHERE tbl = 'attachment';
