-- The monthly participation summary to each delegate: one row per person and month it went to,
-- so that a second run, or a second instance, never sends it twice.
create table participation_summary_sent (
    account_id  bigint not null references account (id) on delete cascade,
    month       date not null,
    sent_at     timestamp with time zone not null,
    primary key (account_id, month)
);

-- Delegates who asked not to receive the monthly summary.
create table participation_summary_opt_out (
    account_id  bigint primary key references account (id) on delete cascade,
    since       timestamp with time zone not null
);
