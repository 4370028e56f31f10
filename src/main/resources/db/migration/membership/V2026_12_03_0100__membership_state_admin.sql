-- Member states are edited from the admin screen from now on, not by migrations: when each joined
-- the TAG, a version for the screen's optimistic locking, and at most one chair at a time.
alter table member_state
    add column joined_on date,
    add column version   integer not null default 0,
    add constraint member_state_chair_is_member check (not chair or tag_member);

create unique index member_state_one_chair on member_state (chair) where chair;
