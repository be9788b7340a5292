-- The public vacancy form (issue 5).

-- One-time form tokens. The form carries a token signed with this secret (made once, at the first
-- start, by the service); showing the form writes nothing. The first post that uses a token records
-- it here in the transaction that stores its vacancy, so a double click or a replayed post finds it
-- used and is answered with the first post's reference instead of storing a second vacancy.
create table form_secret (
    id integer primary key check (id = 1),
    secret bytea not null
);

create table form_token (
    token varchar(64) primary key,
    used_at timestamptz not null default now(),
    reference varchar(20)
);
create index form_token_used on form_token (used_at);

-- What the sender of a form post said about the employer, kept beside the vacancy for the officer
-- who reviews it; the employer's own record is never changed by an anonymous post.
create table vacancy_submission (
    reference varchar(20) primary key,
    vacancy_id uuid not null unique references vacancy (id),
    employer_name varchar(200) not null,
    registration_number varchar(100),
    phone varchar(50) not null,
    email varchar(200),
    address varchar(500) not null,
    language varchar(5) not null,
    submitted_at timestamptz not null default now()
);

-- Form posts find their employer by registration number.
create index organisation_registration_number on organisation (registration_number);
-- The review queue, oldest first.
create index vacancy_created on vacancy (status, created_at);
