-- The time zone a signed-in person chose to see event times in (their account's setting).
create table event_visitor_zone (
    account_id  bigint primary key references account (id) on delete cascade,
    time_zone   varchar(64) not null
);
