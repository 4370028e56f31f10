-- "I'm on it": an editor's claim on one item of the secretariat's queue, under the item's stable
-- key ("voices:42"). The primary key lets one person at a time hold an item; the claimer's name is
-- kept as it was when they claimed, so the queue names them without reading the accounts.
create table work_claim (
    work_key      varchar(120) primary key,
    -- The item's kind: claims on done work are forgotten kind by kind.
    kind          varchar(20) not null,
    account_id    bigint not null references account (id) on delete cascade,
    claimer_name  varchar(120) not null,
    claimed_at    timestamp with time zone not null
);
create index work_claim_claimed_at_idx on work_claim (claimed_at);
