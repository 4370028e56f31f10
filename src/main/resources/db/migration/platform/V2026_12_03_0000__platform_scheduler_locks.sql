-- One row per scheduled job that must run on one instance at a time (ShedLock): the instance that
-- holds the row until lock_until runs the job, the others skip that turn.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);
