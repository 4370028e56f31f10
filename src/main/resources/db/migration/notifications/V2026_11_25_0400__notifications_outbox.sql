-- Every e-mail the portal sends is first written here, in the transaction that decided to send
-- it; a scheduled sender delivers it and retries, with growing pauses, while the server is down.
create table outbox_mail (
    id              bigint generated always as identity primary key,
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body            text not null,
    language        varchar(5) not null,
    category        varchar(40) not null,
    status          varchar(12) not null,
    attempts        int not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      text,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    constraint outbox_mail_status_known check (status in ('PENDING','SENT','FAILED'))
);
create index outbox_mail_due_idx on outbox_mail (next_attempt_at) where status = 'PENDING';
create index outbox_mail_created_idx on outbox_mail (created_at desc);
