-- The placement lifecycle (issue 9): a client placed on a pathway, followed up monthly for a year,
-- ended, her case closed.

-- What a placement takes from the catalogues' capacities: places in a province's market for one
-- more small business of an occupation, and what each microcredit product's fund has lent. The
-- capacities themselves come from catalogues/*.csv; a take is one conditional UPDATE whose row
-- count says whether there was room, so concurrent placements never take more than there is.
create table market_place_taken (
    market_key varchar(100) primary key,
    taken integer not null default 0 check (taken >= 0)
);

create table loan_fund_lent (
    product_code varchar(60) primary key,
    lent numeric(14, 2) not null default 0 check (lent >= 0)
);

create table placement (
    id uuid primary key,
    version bigint not null,
    organisation_id uuid not null references organisation (id),
    client_id uuid not null references client (id),
    -- the client's pseudonymous case code (never a name), for the caseload
    client_code varchar(30) not null,
    -- set when her case is closed: the caseload shows open cases only
    case_closed boolean not null default false,
    plan_id uuid,
    kind varchar(40) not null,
    pathway jsonb not null,
    vacancy_id uuid references vacancy (id),
    intake_id uuid references training_intake (id),
    training_end_date date,
    market_key varchar(100),
    loan_product varchar(60),
    loan_amount numeric(12, 2),
    loan_monthly_repayment numeric(12, 2),
    start_date date not null,
    note varchar(2000),
    next_month integer check (next_month between 1 and 12),
    last_alerts text[] not null default '{}',
    ended_on date,
    end_reason varchar(30)
        check (end_reason in ('LEFT_JOB', 'DISMISSED', 'BUSINESS_CLOSED', 'TRAINING_DROPPED', 'MOVED', 'OTHER')),
    end_note varchar(2000),
    created_by varchar(100) not null,
    created_at timestamptz not null default now(),
    check ((ended_on is null) = (end_reason is null))
);
-- One running placement per client, and one placement per client and accepted plan: a plan
-- accepted twice (or a request repeated after a crash) places nobody twice.
create unique index placement_running on placement (client_id) where ended_on is null;
create unique index placement_of_plan on placement (plan_id, client_id) where plan_id is not null;
create index placement_caseload on placement (organisation_id, ended_on, start_date);
create index placement_client on placement (client_id, created_at desc);

create table follow_up (
    id uuid not null unique,
    placement_id uuid not null references placement (id) on delete cascade,
    month integer not null check (month between 1 and 12),
    visit_date date not null,
    still_in_placement boolean not null,
    monthly_income numeric(12, 2) not null check (monthly_income >= 0),
    food numeric(12, 2) not null check (food >= 0),
    accommodation numeric(12, 2) not null check (accommodation >= 0),
    transport numeric(12, 2) not null check (transport >= 0),
    other numeric(12, 2) not null check (other >= 0),
    remittance numeric(12, 2) not null check (remittance >= 0),
    loan_repaid boolean,
    concerns text[] not null,
    alerts text[] not null,
    surplus numeric(12, 2) not null,
    note varchar(2000),
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null default now(),
    primary key (placement_id, month)
);

-- A closed case: one of the ministry's four reasons, decided at a provincial coordination meeting.
alter table client add column closure_reason varchar(40)
    check (closure_reason in ('STAYED_BEYOND_ONE_YEAR', 'DIED', 'FAMILY_MOVED_UNTRACEABLE', 'RAN_AWAY'));
alter table client add column closure_meeting_date date;
alter table client add column closure_note varchar(2000);
alter table client add constraint client_closed_with_reason
    check ((status = 'CLOSED') = (closure_reason is not null));
