-- The household, not only the person (issue 13): the household's debts, land and animals; the
-- support she needs beyond a livelihood; and intakes that teach reading or school, not a trade.

alter table client add column hh_land_hectares numeric(8, 2) check (hh_land_hectares >= 0);
alter table client add column hh_keeps_animals boolean not null default false;
-- the share of the household's monthly debt repayments she carries, in percent
alter table client add column hh_debt_share_percent integer not null default 100
    check (hh_debt_share_percent between 0 and 100);
alter table client add column wants_education boolean not null default false;
alter table client add column support_needs text[] not null default '{}';

create table client_debt (
    client_id uuid not null references client (id) on delete cascade,
    idx integer not null,
    lender varchar(20) not null check (lender in ('MICROFINANCE', 'MONEYLENDER', 'FAMILY', 'EMPLOYER')),
    outstanding numeric(12, 2) not null check (outstanding >= 0),
    monthly_repayment numeric(12, 2) not null check (monthly_repayment >= 0),
    monthly_rate_percent numeric(6, 2) not null check (monthly_rate_percent >= 0),
    primary key (client_id, idx)
);

alter table training_intake add column kind varchar(20) not null default 'VOCATIONAL'
    check (kind in ('VOCATIONAL', 'LITERACY', 'SCHOOL'));
-- a school or a literacy class leads to no occupation of its own
alter table training_intake alter column occupation drop not null;
alter table training_intake add constraint training_intake_vocational_occupation
    check (kind <> 'VOCATIONAL' or occupation is not null);
