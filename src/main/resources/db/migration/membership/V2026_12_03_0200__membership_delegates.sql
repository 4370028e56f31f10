-- A member state's delegates to the TAG, appointed by the secretariat: several per country, each an
-- account. Removing a delegate deletes the row; what happened stays in delegate_history (the
-- country's public history) and in the audit log.
create table delegate (
    id             bigint generated always as identity primary key,
    country_code   varchar(2) not null references member_state(code),
    account_id     bigint not null references account(id) on delete cascade,
    position       varchar(160),
    phone          varchar(40),
    appointed_at   timestamp with time zone not null,
    appointed_by   bigint,
    unique (country_code, account_id)
);
create index delegate_account_idx on delegate (account_id);

-- An invitation to become a country's delegate, sent to an address that has no account yet. Only
-- the hash of the link's token is kept; the link works until it expires, is used or is cancelled.
create table delegate_invitation (
    id             bigint generated always as identity primary key,
    country_code   varchar(2) not null references member_state(code),
    email          varchar(254) not null,
    display_name   varchar(120) not null,
    position       varchar(160),
    phone          varchar(40),
    token_hash     varchar(64) not null unique,
    language       varchar(2) not null,
    invited_by     bigint,
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    accepted_at    timestamp with time zone,
    cancelled_at   timestamp with time zone
);
create index delegate_invitation_open_idx on delegate_invitation (country_code, created_at desc)
    where accepted_at is null and cancelled_at is null;

-- The country's membership history as the public sees it: who was appointed or removed, when. The
-- name and position are copied, so the history keeps its meaning when an account goes.
create table delegate_history (
    id             bigint generated always as identity primary key,
    country_code   varchar(2) not null references member_state(code),
    account_id     bigint,
    display_name   varchar(120) not null,
    position       varchar(160),
    event          varchar(10) not null check (event in ('APPOINTED', 'REMOVED')),
    occurred_at    timestamp with time zone not null
);
create index delegate_history_country_idx on delegate_history (country_code, occurred_at desc, id desc);
