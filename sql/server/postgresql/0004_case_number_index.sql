-- zhitongche-server: a station's case numbers, looked up by number (server/README.md decision 25).
-- Same index as sqlite/0004_case_number_index.sql.

-- Every PC keeps cases.case_no UNIQUE, so the server refuses a pushed case whose number another
-- row of the station has (CaseNumberGuard): one index hit per pushed case insert or number change.
CREATE INDEX row_store_case_no ON row_store (station_id, ((data::jsonb) ->> 'case_no')) WHERE tbl = 'cases';
