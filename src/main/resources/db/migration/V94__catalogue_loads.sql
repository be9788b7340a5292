-- Issue 11: what was loaded when. Each start-up records, per catalogue file, where it was read
-- from, how many rows it had and the SHA-256 of its bytes, so an administrator can tell which
-- version of a file the running figures came from and when it changed.
create table catalogue_load (
    id bigserial primary key,
    loaded_at timestamptz not null,
    catalogue varchar(40) not null,
    file varchar(100) not null,
    location varchar(500) not null,
    row_count integer not null,
    sha256 char(64) not null
);
create index catalogue_load_at on catalogue_load (loaded_at desc, catalogue);
