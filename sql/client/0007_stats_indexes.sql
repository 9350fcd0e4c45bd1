-- Indexes for the figures (app/core/storage/StatsQueries). The first three carry every column the
-- aggregates read, so a year of a large store is counted from the index alone: without them each
-- aggregate reads every wide case row of the year (about 1.5 GB for a year of a 1,000,000-case
-- store, once per figure). The point indexes serve a liaison point's own figures.
CREATE INDEX cases_stats_registered ON cases(station_id, registered_on, deleted, status, closed_on, satisfaction,
                                             category_id, community_code, point_id, deputy_id);
CREATE INDEX cases_stats_deadline ON cases(station_id, deadline, deleted, status, replied_on);
CREATE INDEX cases_stats_replied ON cases(station_id, replied_on, deleted, status, assigned_on);
CREATE INDEX visit_stats ON visit(station_id, visit_date, deleted, status, visitor_count, point_id);
CREATE INDEX cases_point_registered ON cases(point_id, registered_on);
CREATE INDEX visit_point_date ON visit(point_id, visit_date);
