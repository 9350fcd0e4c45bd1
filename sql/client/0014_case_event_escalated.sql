-- The escalations (a case drawn into a suggestion) of a period, for the notable cases a monthly report prints
-- when the station picked none (storage/StatsQueries::escalatedCaseIds). Without it each of the month's cases
-- is probed through case_event_case and every event of the case read to test its kind: 42,000 cases and
-- 200,000 events for a month of the 1,000,000-case store, the largest single query of the monthly report
-- (tests/bench/bench_dashboard.cpp), even when nothing was escalated. Escalations are few: the partial index
-- stays small and the probe is one index lookup.
CREATE INDEX case_event_escalated ON case_event(case_id) WHERE kind = 'escalated' AND deleted = 0;
