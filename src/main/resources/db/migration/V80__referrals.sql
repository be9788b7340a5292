-- Referrals between organisations (issue 12): an officer hands a client on to another NGO or a
-- provincial or district office with a reason and her recorded consent; the receiving officers
-- accept or decline. Accepted, the client and her history belong to the receiver.
create table referral (
    id uuid primary key,
    client_id uuid not null references client (id),
    from_organisation_id uuid not null references organisation (id),
    to_organisation_id uuid not null references organisation (id),
    -- her case code at the sender when referred, and at the receiver once accepted (never a name)
    client_code varchar(30) not null,
    received_code varchar(30),
    reason varchar(2000) not null,
    consent boolean not null check (consent),
    status varchar(20) not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_by varchar(100) not null,
    created_at timestamptz not null default now(),
    decided_by varchar(100),
    decided_at timestamptz,
    decision_reason varchar(2000),
    check (from_organisation_id <> to_organisation_id),
    check ((status = 'PENDING') = (decided_at is null))
);
-- One open referral per client at a time: a second one, even from two officers at once, is refused.
create unique index referral_pending on referral (client_id) where status = 'PENDING';
create index referral_incoming on referral (to_organisation_id, created_at desc);
create index referral_outgoing on referral (from_organisation_id, created_at desc);
