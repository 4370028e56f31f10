-- Messages sent with the contact form, for the secretariat to answer. The address a message came
-- from is kept with it: the form counts messages per address and per e-mail to stop floods.
create table contact_message (
    id                 bigint generated always as identity primary key,
    sender_name        varchar(120) not null,
    sender_email       varchar(254) not null,
    topic              varchar(20) not null
        check (topic in ('GENERAL', 'LIBRARY', 'VOICES', 'MEMBERSHIP', 'ACCESSIBILITY', 'PRIVACY')),
    subject            varchar(200) not null,
    body               text not null,
    language           varchar(2) not null,
    sent_from          varchar(64),
    status             varchar(10) not null default 'NEW'
        check (status in ('NEW', 'ANSWERED', 'CLOSED')),
    received_at        timestamp with time zone not null,
    status_changed_at  timestamp with time zone,
    status_changed_by  varchar(120)
);
create index contact_message_list_idx on contact_message (received_at desc, id desc);
create index contact_message_status_idx on contact_message (status, received_at desc, id desc);
create index contact_message_address_idx on contact_message (sent_from, received_at);
create index contact_message_email_idx on contact_message (lower(sender_email), received_at);
