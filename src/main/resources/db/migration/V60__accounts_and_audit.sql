-- Accounts: an account an administrator makes waits for the organisation's approval, and any
-- account can be disabled. The status replaces the 'enabled' flag (one truth, not two).
alter table app_user add column status varchar(20) not null default 'ACTIVE'
    check (status in ('PENDING', 'ACTIVE', 'DISABLED'));
update app_user set status = 'DISABLED' where not enabled;
alter table app_user drop column enabled;

-- Failed sign-ins per user name, counted in the database so that a lock holds on every instance.
-- Rows older than the counting window are purged with the audit trail's retention job.
create table sign_in_failure (
    id bigserial primary key,
    username varchar(100) not null,
    at timestamptz not null
);
create index sign_in_failure_username on sign_in_failure (username, at);

create table sign_in_lock (
    username varchar(100) primary key,
    locked_at timestamptz not null,
    locked_until timestamptz not null
);

-- The audit trail: the organisation whose account or record an event touched (so that its
-- planners see what an administrator or another organisation's user did to it), and the clients
-- that one read of a list, a search, a plan page or an export showed (one row per request).
alter table audit_event add column subject_organisation_id uuid;
alter table audit_event add column client_ids uuid[];
create index audit_event_at on audit_event (at);
create index audit_event_organisation on audit_event (organisation_id, at);
create index audit_event_subject on audit_event (subject_organisation_id, at)
    where subject_organisation_id is not null;
create index audit_event_clients on audit_event using gin (client_ids)
    where client_ids is not null;
