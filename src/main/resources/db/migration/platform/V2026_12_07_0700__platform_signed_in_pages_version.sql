-- A counter that goes up after every write (a form sent) that gets past security, so that every
-- instance's cache of signed-in pages learns within a second that what a member did may show.
create table signed_in_pages_version (
    id       integer primary key check (id = 1),
    version  bigint not null
);
insert into signed_in_pages_version (id, version) values (1, 0);
