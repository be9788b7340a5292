-- Cohort plans: the request and the capacities it was planned against (inputs), each client's
-- feasible pathways and the best pathway found so far (plan_assignment), and the best score over
-- time (plan_progress). A plan is a snapshot: re-solving it plans against the same options.
create table plan (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    name varchar(200) not null,
    status varchar(20) not null
        check (status in ('SOLVING', 'DONE', 'STOPPED', 'FAILED', 'INTERRUPTED')),
    created_by varchar(100) not null,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    ended_at timestamptz,
    time_limit_seconds integer not null check (time_limit_seconds > 0),
    run integer not null default 0,
    revision bigint not null default 0,
    score varchar(100),
    feasible boolean not null default false,
    client_count integer not null check (client_count >= 0),
    assigned integer not null default 0 check (assigned >= 0),
    failure varchar(1000),
    inputs jsonb not null
);
create index plan_organisation on plan (organisation_id, created_at desc);
create index plan_status on plan (status);

create table plan_assignment (
    plan_id uuid not null references plan (id) on delete cascade,
    client_id uuid not null references client (id),
    position integer not null,
    client_code varchar(30) not null,
    household_id uuid,
    priority_weight integer not null check (priority_weight >= 1),
    options jsonb not null,
    pathway_id varchar(40),
    pinned boolean not null default false,
    primary key (plan_id, client_id),
    check (not pinned or pathway_id is not null)
);
create index plan_assignment_position on plan_assignment (plan_id, position);

create table plan_progress (
    id bigserial primary key,
    plan_id uuid not null references plan (id) on delete cascade,
    run integer not null,
    at timestamptz not null,
    elapsed_ms bigint not null check (elapsed_ms >= 0),
    score varchar(100) not null,
    feasible boolean not null,
    assigned integer not null
);
create index plan_progress_plan on plan_progress (plan_id, id);
