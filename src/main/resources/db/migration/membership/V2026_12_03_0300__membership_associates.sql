-- Associate members: organisations apply through a form, confirm the applicant's e-mail address,
-- and the secretariat works the queue (asks for more, approves, declines). An approved
-- organisation is listed in the public directory; its contacts are the accounts it vouches for.
create table associate_organisation (
    id            bigint generated always as identity primary key,
    name          varchar(200) not null,
    kind          varchar(30) not null,
    country_code  varchar(2) not null,
    website       varchar(300) not null,
    approved_at   timestamp with time zone not null
);
create unique index associate_organisation_name_idx on associate_organisation (lower(name), country_code);

create table associate_application (
    id                   bigint generated always as identity primary key,
    -- Set from the start when an approved organisation names a further contact.
    organisation_id      bigint references associate_organisation (id),
    named_by             bigint,
    organisation_name    varchar(200) not null,
    kind                 varchar(30) not null
        check (kind in ('PORT_AUTHORITY', 'TERMINAL_OPERATOR', 'BUSINESS_ALLIANCE', 'UNIVERSITY',
                        'INTERNATIONAL_ORGANISATION', 'OTHER')),
    country_code         varchar(2) not null,
    website              varchar(300) not null,
    contact_name         varchar(120) not null,
    position             varchar(120) not null,
    email                varchar(254) not null,
    motivation           text not null,
    areas                varchar(400) not null,
    language             varchar(2) not null,
    state                varchar(20) not null
        check (state in ('UNCONFIRMED', 'QUEUED', 'WAITING', 'APPROVED', 'DECLINED')),
    -- SHA-256 of the link mailed to confirm the address; cleared once confirmed.
    confirm_hash         varchar(64) unique,
    -- The applicant's link to the thread, mailed with every question.
    thread_token         varchar(64) not null unique,
    sent_from            varchar(64),
    applied_at           timestamp with time zone not null,
    -- When it entered the queue (after confirmation): its age counts from here.
    queued_at            timestamp with time zone,
    decided_at           timestamp with time zone,
    decided_by           varchar(120),
    decline_reason       text,
    account_id           bigint
);
create index associate_application_queue_idx on associate_application (state, queued_at, id);
create index associate_application_address_idx on associate_application (sent_from, applied_at);
create index associate_application_email_idx on associate_application (lower(email), applied_at);

-- The thread between the secretariat and the applicant, oldest first.
create table associate_message (
    id              bigint generated always as identity primary key,
    application_id  bigint not null references associate_application (id) on delete cascade,
    from_secretariat boolean not null,
    author          varchar(120) not null,
    body            text not null,
    written_at      timestamp with time zone not null
);
create index associate_message_thread_idx on associate_message (application_id, written_at, id);

-- The people an approved organisation's applications made associate members.
create table associate_contact (
    id               bigint generated always as identity primary key,
    organisation_id  bigint not null references associate_organisation (id),
    account_id       bigint not null,
    application_id   bigint references associate_application (id),
    name             varchar(120) not null,
    position         varchar(120) not null,
    email            varchar(254) not null,
    since            timestamp with time zone not null,
    unique (organisation_id, account_id)
);
create index associate_contact_account_idx on associate_contact (account_id);
