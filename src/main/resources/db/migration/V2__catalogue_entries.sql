-- The catalogues as loaded at the last start-up (catalogues/*.csv are the source of truth).
create table catalogue_entry (
    catalogue varchar(40) not null,
    key varchar(120) not null,
    data jsonb not null,
    loaded_at timestamptz not null default now(),
    primary key (catalogue, key)
);
