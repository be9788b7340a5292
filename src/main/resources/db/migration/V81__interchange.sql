-- Interchange with OSCaR, Primero and spreadsheets (issue 12).

-- A client's identifiers in the other systems, so an officer finds the same person in both:
-- OSCaR's global_id (unique within an organisation: a second import updates, never duplicates) and
-- the case code of the other system; her names in Khmer script; her village's NCDD code.
alter table client add column external_id varchar(100);
alter table client add column external_case_code varchar(100);
alter table client add column local_given_name varchar(100);
alter table client add column local_family_name varchar(100);
alter table client add column home_village_code varchar(8)
    check (home_village_code ~ '^([0-9]{2}){1,4}$');
create unique index client_external_id on client (organisation_id, external_id)
    where external_id is not null;

-- A file uploaded on the import page, kept between its preview and the officer's confirmation
-- (deleted then, and any left over after an hour at the next upload): it holds personal data.
create table import_upload (
    id uuid primary key,
    organisation_id uuid not null references organisation (id),
    username varchar(100) not null,
    media_type varchar(100) not null,
    file_name varchar(255),
    content bytea not null,
    created_at timestamptz not null default now()
);
create index import_upload_created on import_upload (created_at);
