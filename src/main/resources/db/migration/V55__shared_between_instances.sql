-- What several instances of the service on one PostgreSQL must share (issue 15).

-- The public form's rate limit: one token bucket per client address, counted here so that every
-- instance draws on the same allowance.
create table form_rate_bucket (
    address varchar(100) primary key,
    posts double precision not null,
    refilled_at bigint not null,
    last_allowed boolean not null
);

-- A transactional outbox of changes to what the search index holds: written in the transaction of
-- the change itself, tailed by every instance, each of which keeps its own Lucene index in step.
create table index_change (
    id bigserial primary key,
    type varchar(20) not null,
    entity_id uuid not null,
    instance varchar(40) not null,
    at timestamptz not null default now()
);
create index index_change_at on index_change (at);

-- Which instance solves a plan: it beats this row's heart every few seconds while it solves. A
-- lease whose heart stopped (the instance died) is taken over by another instance, which resumes
-- the plan from its stored best solution; a stop asked of any instance is passed on here.
create table plan_lease (
    plan_id uuid primary key references plan (id) on delete cascade,
    instance varchar(40) not null,
    heartbeat_at timestamptz not null default now(),
    stop_requested boolean not null default false
);

