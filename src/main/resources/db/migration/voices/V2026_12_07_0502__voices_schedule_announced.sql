-- Up to when scheduled pieces that became visible have been announced (to the site search): one row,
-- taken with a lock by the instance that announces the next ones.
create table voices_schedule_announced (
    id integer primary key check (id = 1),
    announced_until timestamp with time zone not null
);
insert into voices_schedule_announced (id, announced_until) values (1, now());
