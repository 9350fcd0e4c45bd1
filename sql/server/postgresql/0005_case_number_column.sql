-- zhitongche-server: a case's number in a column of its own, and byte-order keys (server/README.md
-- decision 51). Same column as sqlite/0005_case_number_column.sql.

-- The index of 0004 parsed every cases row's data as jsonb at each insert and update (~25 % of a
-- row's upsert). The server fills case_no from the row it writes, which it holds parsed already.
ALTER TABLE row_store ADD COLUMN case_no TEXT COLLATE "C";
UPDATE row_store SET case_no = (data::jsonb) ->> 'case_no' WHERE tbl = 'cases';
DROP INDEX row_store_case_no;
CREATE INDEX row_store_case_no ON row_store (station_id, case_no) WHERE tbl = 'cases';

-- Keys are ids, table names and device ids (ASCII); nothing is sorted by them for a person. The
-- cluster's collation compared them through strcoll (15-20 % of an upsert on a copy); "C" compares
-- bytes. Every listing is ordered by seq, so no order anybody sees changes.
ALTER TABLE row_store ALTER COLUMN tbl TYPE TEXT COLLATE "C",
                      ALTER COLUMN row_id TYPE TEXT COLLATE "C",
                      ALTER COLUMN station_id TYPE TEXT COLLATE "C";
ALTER TABLE mutation_log ALTER COLUMN device_id TYPE TEXT COLLATE "C";
