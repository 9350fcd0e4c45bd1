-- zhitongche-server: a case's number in a column of its own (server/README.md decision 51). Same
-- column as postgresql/0005_case_number_column.sql (which also makes the keys byte-ordered, as
-- SQLite's keys are already).

-- The index of 0004 ran json_extract over every cases row's data at each insert and update, and the
-- push's number lookups ran it again. The server fills case_no from the row it writes, which it
-- holds parsed already.
ALTER TABLE row_store ADD COLUMN case_no TEXT;
UPDATE row_store SET case_no = json_extract(data, '$.case_no') WHERE tbl = 'cases';
DROP INDEX row_store_case_no;
CREATE INDEX row_store_case_no ON row_store (station_id, case_no) WHERE tbl = 'cases';
