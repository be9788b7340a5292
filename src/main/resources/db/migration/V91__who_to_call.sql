-- The officer's day in the browser (issue 11): who to call about a vacancy or an intake, and the
-- day a vacancy stops taking applicants. All optional: where a vacancy names no contact, the phone
-- its poster gave on the public form, else its employer's, is the one to call; an intake without a
-- contact falls back to the organisation that posted it.
alter table vacancy add column contact_name varchar(200);
alter table vacancy add column contact_phone varchar(50);
alter table vacancy add column closing_date date;

alter table training_intake add column contact_name varchar(200);
alter table training_intake add column contact_phone varchar(50);

-- The officer's list of her organisation's clients pages through them in the order they came.
create index client_organisation_registered on client (organisation_id, registered_at, code);
