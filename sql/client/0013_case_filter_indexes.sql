-- Indexes for the case list's rare equality filters sorted by date (models/CaseListModel): one deputy,
-- category or department, newest or oldest first. Without them SQLite walks the station's date index from
-- the newest case and reads each case's row to test the filter: for a deputy with few or no cases that is
-- every case of the station (0.55 s at 100,000 cases, measured by tests/bench/bench_cases.cpp; ten times
-- that at 1,000,000). On these the filter is a range and the range is already in date order, so a page is
-- 200 index entries whatever the store's size. They end in id like the sort key (keyset paging).
-- The planner picks them without statistics (equality on both leading columns and the ORDER BY matches),
-- so no ANALYZE is needed for them. A liaison point has cases_point_registered (0007).
CREATE INDEX cases_deputy_registered ON cases(station_id, deputy_id, registered_on, id);
CREATE INDEX cases_category_registered ON cases(station_id, category_id, registered_on, id);
CREATE INDEX cases_department_registered ON cases(station_id, department_id, registered_on, id);
