-- What a client of a plan with no feasible pathway just misses, and what would make it work
-- (planning/store/PlannedMiss), so that the plan's "why" says it as her page does.
alter table plan_assignment add column misses jsonb not null default '[]'::jsonb;
