-- Reports (issue 10): the outcome figures of every organisation by start date (a REPORTER's
-- reports, which are not limited to one organisation's index entries).
create index outcome_placement_started on outcome_placement (start_date);
