-- Looking ahead (issue 14): how many months of expected arrivals a plan looks ahead to, how many
-- arrivals were drawn for them, and in its stored best solution the places they hold (expected
-- arrival id -> pathway id) and how many. Expected arrivals are never plan_assignment rows.
alter table plan
  add column horizon_months integer not null default 0 check (horizon_months between 0 and 12),
  add column expected_arrivals integer not null default 0 check (expected_arrivals >= 0),
  add column held_for_expected integer check (held_for_expected >= 0),
  add column expected_pathways jsonb;
