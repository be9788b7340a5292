-- Reports (issue 10): the outcome figures of every organisation by start date (a REPORTER's
-- reports), and the visits below the threshold looked up per placement without reading the others.
create index outcome_placement_started on outcome_placement (start_date);
create index outcome_visit_below on outcome_visit (placement_id) where surplus < 0;
