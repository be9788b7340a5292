-- Organisations, users and the audit trail
create table organisation (
    id uuid primary key,
    version bigint not null,
    name varchar(200) not null unique,
    kind varchar(20) not null check (kind in ('NGO', 'GOVERNMENT', 'EMPLOYER', 'ADMINISTRATION')),
    province char(2),
    registration_number varchar(100),
    phone varchar(50),
    email varchar(200),
    address varchar(500),
    verified boolean not null default false,
    next_client_number integer not null default 1,
    created_at timestamptz not null default now()
);

create table app_user (
    id uuid primary key,
    version bigint not null,
    username varchar(100) not null unique,
    password_hash varchar(200) not null,
    organisation_id uuid not null references organisation (id),
    roles varchar(100) not null,
    enabled boolean not null default true,
    created_at timestamptz not null default now()
);

create table audit_event (
    id bigserial primary key,
    at timestamptz not null default now(),
    username varchar(100) not null,
    organisation_id uuid,
    action varchar(40) not null,
    entity_type varchar(40) not null,
    entity_id uuid,
    detail varchar(500)
);
create index audit_event_entity on audit_event (entity_type, entity_id);

-- Clients: confidential, visible to their own organisation only
create table client (
    id uuid primary key,
    version bigint not null,
    organisation_id uuid not null references organisation (id),
    code varchar(30) not null,
    given_name varchar(100) not null,
    family_name varchar(100) not null,
    sex char(1) not null check (sex in ('F', 'M', 'X')),
    birth_date date not null,
    home_province char(2) not null,
    languages text[] not null,
    literacy varchar(20) not null,
    pref_occupations text[] not null,
    pref_provinces text[] not null,
    pref_willing_to_relocate boolean not null,
    pref_self_employment boolean not null,
    hh_dependants integer not null check (hh_dependants >= 0),
    hh_monthly_remittance numeric(12, 2) not null check (hh_monthly_remittance >= 0),
    hh_can_live_at_home boolean not null,
    hh_household_id uuid,
    hh_head_of_household boolean not null default false,
    avoid_provinces text[] not null,
    needs_health_clinic boolean not null,
    available_from date,
    status varchar(20) not null check (status in ('ACTIVE', 'PLACED', 'CLOSED')),
    registered_at timestamptz not null default now(),
    unique (organisation_id, code)
);
create index client_organisation on client (organisation_id, status);

create table client_skill (
    client_id uuid not null references client (id) on delete cascade,
    idx integer not null,
    occupation varchar(60) not null,
    level varchar(20) not null check (level in ('INTEREST', 'TRAINED', 'EXPERIENCED')),
    primary key (client_id, idx)
);

-- Training intakes
create table training_intake (
    id uuid primary key,
    version bigint not null,
    organisation_id uuid references organisation (id),
    title varchar(200) not null,
    occupation varchar(60) not null,
    provider varchar(200) not null,
    province char(2) not null,
    start_date date not null,
    duration_weeks integer not null check (duration_weeks > 0),
    end_date date not null,
    seats integer not null check (seats >= 0),
    seats_taken integer not null default 0 check (seats_taken >= 0 and seats_taken <= seats),
    min_age integer not null check (min_age >= 0),
    sex char(1) check (sex in ('F', 'M', 'X')),
    literacy_required varchar(20) not null,
    provides_accommodation boolean not null,
    monthly_stipend numeric(12, 2) not null check (monthly_stipend >= 0),
    cost_per_trainee numeric(12, 2) not null default 0 check (cost_per_trainee >= 0),
    created_at timestamptz not null default now()
);
create index training_intake_start on training_intake (start_date);

-- Vacancies
create table vacancy (
    id uuid primary key,
    version bigint not null,
    employer_id uuid not null references organisation (id),
    title varchar(200) not null,
    occupation varchar(60) not null,
    province char(2) not null,
    workplace_address varchar(500) not null,
    positions integer not null check (positions > 0),
    positions_filled integer not null default 0 check (positions_filled >= 0 and positions_filled <= positions),
    monthly_wage numeric(12, 2) not null check (monthly_wage >= 0),
    hours_per_week integer not null check (hours_per_week > 0),
    provides_accommodation boolean not null,
    provides_meals boolean not null,
    min_age integer not null,
    start_date date not null,
    worker_pays_fees boolean not null,
    employer_holds_documents boolean not null,
    cross_border boolean not null,
    description varchar(4000) not null,
    status varchar(20) not null check (status in ('PENDING_REVIEW', 'OPEN', 'FILLED', 'CLOSED', 'REJECTED')),
    status_reason varchar(1000),
    red_flags text[] not null,
    source varchar(20) not null default 'API',
    created_at timestamptz not null default now()
);
create index vacancy_status on vacancy (status, province, occupation);
create index vacancy_employer on vacancy (employer_id);
