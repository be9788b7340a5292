-- Outcomes (issue 10): what became of each placement, kept by the outcome module from what the
-- placement module tells it (placed, visited, ended), so that retention and incomes are estimated
-- and reports aggregated without reading placements, follow-ups or client records. It holds no
-- name and no case code: the client id only, so a referral can move her figures with her.
create table outcome_placement (
    placement_id uuid primary key,
    client_id uuid not null,
    organisation_id uuid not null references organisation (id),
    kind varchar(40) not null,
    -- what the outcome is pooled by: the employer, the training provider, or the market
    unit_kind varchar(20) not null check (unit_kind in ('EMPLOYER', 'PROVIDER', 'MARKET')),
    unit_id varchar(200) not null,
    occupation varchar(60) not null,
    province char(2) not null,
    sex char(1) not null,
    age_band varchar(10) not null check (age_band in ('UNDER_15', '15_17', '18_24', '25_PLUS')),
    start_date date not null,
    -- the first day she earns from the job or business (after any training)
    earning_from date not null,
    self_employed boolean not null,
    planned_surplus numeric(12, 2) not null,
    ended_on date,
    end_reason varchar(30)
);
create index outcome_placement_start on outcome_placement (organisation_id, start_date);
create index outcome_placement_client on outcome_placement (client_id);

create table outcome_visit (
    placement_id uuid not null references outcome_placement (placement_id) on delete cascade,
    month integer not null check (month between 1 and 12),
    visit_date date not null,
    still_in_placement boolean not null,
    monthly_income numeric(12, 2) not null,
    surplus numeric(12, 2) not null,
    primary key (placement_id, month)
);

-- Placements recorded before this migration.
insert into outcome_placement
select p.id, p.client_id, p.organisation_id, p.kind,
       case when p.vacancy_id is not null then 'EMPLOYER'
            when p.intake_id is not null then 'PROVIDER' else 'MARKET' end,
       case when p.vacancy_id is not null then v.employer_id::text
            when p.intake_id is not null then lower(regexp_replace(btrim(t.provider), '\s+', ' ', 'g'))
            else p.market_key end,
       coalesce(v.occupation, p.pathway -> 'selfEmployment' ->> 'occupation'),
       coalesce(v.province, p.pathway -> 'selfEmployment' ->> 'province'),
       c.sex,
       case when extract(year from age(p.start_date, c.birth_date)) < 15 then 'UNDER_15'
            when extract(year from age(p.start_date, c.birth_date)) < 18 then '15_17'
            when extract(year from age(p.start_date, c.birth_date)) < 25 then '18_24'
            else '25_PLUS' end,
       p.start_date,
       greatest(p.start_date, coalesce(p.training_end_date + 1, p.start_date)),
       p.market_key is not null,
       coalesce((p.pathway -> 'budget' ->> 'surplus')::numeric, 0),
       p.ended_on, p.end_reason
from placement p
join client c on c.id = p.client_id
left join vacancy v on v.id = p.vacancy_id
left join training_intake t on t.id = p.intake_id;

insert into outcome_visit
select f.placement_id, f.month, f.visit_date, f.still_in_placement, f.monthly_income, f.surplus
from follow_up f;
