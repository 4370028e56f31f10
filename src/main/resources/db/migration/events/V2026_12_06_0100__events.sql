-- Events: virtual seminars, meetings, conferences and trainings, with an agenda, registration and
-- calendars. Times are instants (timestamp with time zone); each event also names the IANA zone it
-- is held in, so pages and calendar files can show its own local time beside the reader's.
-- (Spring Modulith's event_publication table is unrelated: it holds the modules' messages.)

create table event_item (
    id                      bigint generated always as identity primary key,
    slug                    varchar(120) not null unique,
    kind                    varchar(12) not null
        check (kind in ('SEMINAR', 'MEETING', 'CONFERENCE', 'TRAINING')),
    status                  varchar(10) not null default 'DRAFT'
        check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    -- Who may see the event at all: everyone, or signed-in members only.
    audience                varchar(10) not null default 'PUBLIC'
        check (audience in ('PUBLIC', 'MEMBERS')),
    original_language       varchar(2) not null,
    starts_at               timestamp with time zone not null,
    ends_at                 timestamp with time zone not null,
    time_zone               varchar(64) not null,
    -- Online events have a link, shown only to registered (confirmed) participants.
    online                  boolean not null default false,
    online_link             varchar(500),
    -- Where it is held, when in person (a venue and a city; not translated).
    venue                   varchar(200),
    organiser               varchar(200) not null,
    -- Languages spoken, and languages interpreted into, as comma-separated codes ('es,en').
    languages               varchar(40) not null default '',
    interpretation          varchar(40) not null default '',
    -- Registration: none, open to signed-in users, or open with the secretariat's approval.
    registration            varchar(10) not null default 'NONE'
        check (registration in ('NONE', 'OPEN', 'APPROVAL')),
    registration_opens_at   timestamp with time zone,
    registration_closes_at  timestamp with time zone,
    -- Null: no limit. Confirmed registrations never exceed it; others wait in line.
    capacity                int check (capacity is null or capacity > 0),
    -- Who sees the participant list (each participant also consents, per registration).
    participant_list        varchar(12) not null default 'NOBODY'
        check (participant_list in ('NOBODY', 'PARTICIPANTS', 'MEMBERS')),
    -- After the event: where its recording is (slides are library documents, below).
    recording_url           varchar(500),
    copied_from_id          bigint references event_item (id) on delete set null,
    created_by_id           bigint not null references account (id),
    published_at            timestamp with time zone,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 bigint not null default 0,
    constraint event_item_times check (ends_at > starts_at)
);
create index event_item_listing_idx on event_item (status, starts_at);

-- An event's texts in each language it has been given. A translation is stale when the original
-- changed after it was written (the translation workflow shows it).
create table event_item_text (
    event_id     bigint not null references event_item (id) on delete cascade,
    language     varchar(2) not null,
    title        varchar(200) not null,
    summary      varchar(400) not null default '',
    description  text not null default '',
    updated_at   timestamp with time zone not null,
    stale        boolean not null default false,
    primary key (event_id, language)
);

-- Library documents attached to an event: background reading before, slides and papers after.
create table event_document (
    event_id     bigint not null references event_item (id) on delete cascade,
    document_id  bigint not null references library_document (id) on delete cascade,
    role         varchar(10) not null default 'READING' check (role in ('READING', 'SLIDES')),
    position     int not null default 0,
    primary key (event_id, document_id)
);

-- The agenda: sessions (each on one day, in a room or at a link), talks inside them, speakers.
create table event_session (
    id           bigint generated always as identity primary key,
    event_id     bigint not null references event_item (id) on delete cascade,
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    kind         varchar(8) not null default 'SESSION' check (kind in ('SESSION', 'BREAK')),
    room         varchar(120),
    link         varchar(500),
    version      bigint not null default 0,
    constraint event_session_times check (ends_at > starts_at)
);
create index event_session_event_idx on event_session (event_id, starts_at);

create table event_session_text (
    session_id   bigint not null references event_session (id) on delete cascade,
    language     varchar(2) not null,
    title        varchar(200) not null,
    description  text not null default '',
    primary key (session_id, language)
);

create table event_speaker (
    id            bigint generated always as identity primary key,
    event_id      bigint not null references event_item (id) on delete cascade,
    name          varchar(160) not null,
    organisation  varchar(200) not null default '',
    -- A photo, already resized and stripped of metadata (platform.media rules).
    photo         bytea,
    photo_type    varchar(40),
    version       bigint not null default 0
);

create table event_speaker_text (
    speaker_id   bigint not null references event_speaker (id) on delete cascade,
    language     varchar(2) not null,
    bio          text not null default '',
    primary key (speaker_id, language)
);

create table event_talk (
    id           bigint generated always as identity primary key,
    session_id   bigint not null references event_session (id) on delete cascade,
    position     int not null default 0,
    starts_at    timestamp with time zone,
    ends_at      timestamp with time zone
);

create table event_talk_text (
    talk_id      bigint not null references event_talk (id) on delete cascade,
    language     varchar(2) not null,
    title        varchar(200) not null,
    abstract     text not null default '',
    primary key (talk_id, language)
);

create table event_talk_speaker (
    talk_id      bigint not null references event_talk (id) on delete cascade,
    speaker_id   bigint not null references event_speaker (id) on delete cascade,
    primary key (talk_id, speaker_id)
);

-- A person's own agenda: the sessions they marked.
create table event_agenda_mark (
    account_id   bigint not null references account (id) on delete cascade,
    session_id   bigint not null references event_session (id) on delete cascade,
    marked_at    timestamp with time zone not null,
    primary key (account_id, session_id)
);

-- Registration. The editor's extra questions (definition as JSON, in four languages, with
-- conditions), and one registration per person and event.
create table event_form (
    event_id     bigint primary key references event_item (id) on delete cascade,
    definition   jsonb not null,
    updated_at   timestamp with time zone not null
);

create table event_registration (
    id                bigint generated always as identity primary key,
    event_id          bigint not null references event_item (id) on delete cascade,
    account_id        bigint not null references account (id) on delete cascade,
    -- PENDING: waits for the secretariat's approval; WAITING: in the waiting line (by waiting_since);
    -- CONFIRMED: has a place; CANCELLED: by the person; REFUSED: by the secretariat.
    status            varchar(10) not null
        check (status in ('PENDING', 'WAITING', 'CONFIRMED', 'CANCELLED', 'REFUSED')),
    waiting_since     timestamp with time zone,
    answers           jsonb not null default '{}'::jsonb,
    language          varchar(2) not null,
    -- The person agrees to be shown in the participant list.
    listed            boolean not null default false,
    attended          boolean,
    registered_at     timestamp with time zone not null,
    status_changed_at timestamp with time zone not null,
    version           bigint not null default 0,
    constraint event_registration_once unique (event_id, account_id)
);
create index event_registration_event_idx on event_registration (event_id, status, waiting_since);
create index event_registration_account_idx on event_registration (account_id, status);

-- Reminders sent (a day before; an hour before an online event), so none goes twice.
create table event_reminder (
    registration_id  bigint not null references event_registration (id) on delete cascade,
    kind             varchar(4) not null check (kind in ('DAY', 'HOUR')),
    sent_at          timestamp with time zone not null,
    primary key (registration_id, kind)
);

-- A secret for each person's calendar feed address (calendar programs send no cookie).
create table event_calendar_key (
    account_id   bigint primary key references account (id) on delete cascade,
    secret       varchar(64) not null unique,
    created_at   timestamp with time zone not null
);
