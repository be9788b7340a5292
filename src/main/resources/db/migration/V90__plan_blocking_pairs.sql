-- Stability (issue 14): how many blocking pairs each plan's stored best solution has (a client and a
-- pathway she wants more whose places are free or held by someone of lower priority); null until
-- a solution is stored.
alter table plan add column blocking_pairs integer check (blocking_pairs >= 0);
