-- A counter that goes up whenever something visitors see has changed, so that every instance's
-- cache of anonymous pages learns of a change made on another instance within a second.
create table public_pages_version (
    id       integer primary key check (id = 1),
    version  bigint not null
);
insert into public_pages_version (id, version) values (1, 0);
