-- Indexes for the figures (app/core/storage/StatsQueries): the on-time reply rate ranges over
-- deadlines, the average reply time over reply dates, and a liaison point's figures over its own
-- cases and visits. Without them a year of a large store is a full scan per figure.
CREATE INDEX cases_station_deadline ON cases(station_id, deadline);
CREATE INDEX cases_station_replied ON cases(station_id, replied_on);
CREATE INDEX cases_point_registered ON cases(point_id, registered_on);
CREATE INDEX visit_point_date ON visit(point_id, visit_date);
