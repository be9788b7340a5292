-- The languages a job is done in and a course is taught in (ISO 639 codes). A client must speak one
-- of them; until now every offer was taken to be in Khmer, which stays the default.
alter table vacancy add column languages text[] not null default '{km}';
alter table training_intake add column languages text[] not null default '{km}';
