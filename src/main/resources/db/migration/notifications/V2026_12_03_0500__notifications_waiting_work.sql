-- What each editor wants to hear of work waiting for the secretariat, per kind: a mail at once, a
-- line in the daily digest, or nothing. A kind without a row is told at once (see Delivery).
create table notification_choice (
    account_id  bigint not null references account (id) on delete cascade,
    kind        varchar(20) not null,
    delivery    varchar(10) not null,
    primary key (account_id, kind),
    constraint notification_choice_kind_known
        check (kind in ('PLAN','PIECE','APPLICATION','PFSO_REQUEST')),
    constraint notification_choice_delivery_known check (delivery in ('AT_ONCE','DIGEST','NONE'))
);

-- One row per editor with a digest queue: the day of the last digest sent (one a day at most), and
-- the row the sender locks while it writes that editor's mail, so two senders never both write it.
create table notification_digest (
    account_id    bigint primary key references account (id) on delete cascade,
    last_sent_on  date
);

-- The digest queue: an item until it went out in a digest (sent_at), never sent twice. One unsent
-- line per editor and item: the same item told again before the digest keeps its first time.
create table notification_digest_item (
    id             bigint generated always as identity primary key,
    account_id     bigint not null references notification_digest (account_id) on delete cascade,
    kind           varchar(20) not null,
    title          text not null,
    path           varchar(500) not null,
    waiting_since  timestamp with time zone not null,
    sent_at        timestamp with time zone
);
create unique index notification_digest_item_unsent
    on notification_digest_item (account_id, kind, path) where sent_at is null;
