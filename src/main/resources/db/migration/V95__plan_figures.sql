-- Issue 11: a plan's headline in the planner's words ("placed 97 of 120 (priority-weighted 130 of
-- 160), 80 wishes met, average surplus US$62.10"), stored with the score by the same update that
-- stores a best solution, so that the summary and the assignments always tell the same solution.
-- priority_total: the priority weights of all the plan's clients; priority_assigned: of those with a
-- pathway; wishes_met: clients given a pathway in one of their wished occupations; surplus_cents: the
-- monthly surpluses of the pathways given, added up.
alter table plan
    add column priority_total integer check (priority_total >= 0),
    add column priority_assigned integer check (priority_assigned >= 0),
    add column wishes_met integer check (wishes_met >= 0),
    add column surplus_cents bigint;

-- Plans stored before: the same figures from their stored assignments.
update plan p
set priority_total = f.priority_total,
    priority_assigned = f.priority_assigned,
    wishes_met = f.wishes_met,
    surplus_cents = f.surplus_cents
from (select a.plan_id,
             sum(a.priority_weight) as priority_total,
             coalesce(sum(a.priority_weight) filter (where o.given is not null), 0) as priority_assigned,
             count(*) filter (where (o.given -> 'option' ->> 'preferenceRank')::int between 1 and 5)
                 as wishes_met,
             coalesce(sum((o.given -> 'option' ->> 'surplusCents')::bigint), 0) as surplus_cents
      from plan_assignment a
      left join lateral (select e as given
                         from jsonb_array_elements(a.options) e
                         where e -> 'option' ->> 'id' = a.pathway_id
                         limit 1) o on true
      group by a.plan_id) f
where f.plan_id = p.id;
