-- Issue 11: the administrator's pages and employers' own accounts.

-- The person an account belongs to, as the administrator typed it (accounts made before have none).
alter table app_user add column full_name varchar(200);

-- An invitation for an employer whose organisation an officer or administrator has just verified:
-- a link with a one-time token that the verifier passes on and where the employer chooses her
-- password. Only the token's SHA-256 is stored, so a copy of the database opens no account; it
-- expires, and the first use (or a newer invitation of the same organisation) ends it.
create table employer_invitation (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    token_hash char(64) not null unique,
    created_at timestamptz not null default now(),
    created_by varchar(100) not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    revoked_at timestamptz,
    user_id uuid references app_user (id)
);
create index employer_invitation_organisation on employer_invitation (organisation_id);
