-- A case's "renumbered" events (server/README.md decision 25: the PC gave the case a new number because
-- another PC had given out its number), whose note is "OLD → NEW": the case search and every look-up by
-- number find a case by its old number through a range on the note (CaseRenumbering::oldNumberCaseIdsSql).
-- Such events are rare: the partial index stays tiny.
CREATE INDEX case_event_renumbered ON case_event(note) WHERE kind = 'renumbered' AND deleted = 0;
