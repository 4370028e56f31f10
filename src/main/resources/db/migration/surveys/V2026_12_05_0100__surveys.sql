-- Surveys and requests for information. A survey's questionnaire is a versioned document: the
-- version respondents answer is frozen when the survey opens, and any later change makes a new
-- version, so answers always read against the questions they were given (docs/decisions.md).

create table survey (
    id                   bigint generated always as identity primary key,
    slug                 varchar(120) not null unique,
    original_language    varchar(2) not null,
    kind                 varchar(12) not null default 'SURVEY'
        check (kind in ('SURVEY', 'DATA_CALL')),
    audience             varchar(12) not null
        check (audience in ('STATES', 'PFSOS', 'ASSOCIATES', 'REGISTERED', 'PUBLIC')),
    status               varchar(8) not null default 'DRAFT'
        check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    opens_at             timestamp with time zone,
    closes_at            timestamp with time zone,
    -- Reminders to those who have not answered: at most reminder_limit, at least reminder_gap_days
    -- apart, and a last call two days before closes_at when last_call is set.
    reminder_limit       int not null default 2,
    reminder_gap_days    int not null default 7,
    last_call            boolean not null default true,
    -- Below this many answers a breakdown by country is not shown, so no one is exposed.
    privacy_threshold    int not null default 3,
    -- The earlier run of the same survey (a wave), to compare results question by question.
    previous_wave_id     bigint references survey (id),
    copied_from_id       bigint references survey (id),
    -- The version respondents answer now (null until the survey first opens).
    current_version_id   bigint,
    created_by_id        bigint not null references account (id),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null default 0
);
create index survey_status_idx on survey (status, closes_at);

-- A survey's title and introduction in each language it has been given.
create table survey_text (
    survey_id    bigint not null references survey (id) on delete cascade,
    language     varchar(2) not null,
    title        varchar(200) not null,
    introduction text not null default '',
    primary key (survey_id, language)
);

-- The questionnaire, as JSON (see Questionnaire): sections, questions, options, conditions and
-- every text in every language. A frozen version never changes again.
create table survey_version (
    id           bigint generated always as identity primary key,
    survey_id    bigint not null references survey (id) on delete cascade,
    number       int not null,
    definition   jsonb not null,
    frozen_at    timestamp with time zone,
    created_at   timestamp with time zone not null,
    constraint survey_version_number_unique unique (survey_id, number)
);
alter table survey add constraint survey_current_version_fk
    foreign key (current_version_id) references survey_version (id);

-- One response: a person's, or for a survey of the states one per member state that any of its
-- delegates continues. Answers are JSON keyed by the questions' stable keys (see Answers).
create table survey_response (
    id                  bigint generated always as identity primary key,
    survey_id           bigint not null references survey (id) on delete cascade,
    version_id          bigint not null references survey_version (id),
    account_id          bigint references account (id),
    country_code        varchar(2) references member_state (code),
    -- A public survey's single-use link: the response belongs to whoever holds it.
    token_hash          varchar(64) unique,
    status              varchar(10) not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED')),
    answers             jsonb not null default '{}'::jsonb,
    language            varchar(2) not null,
    last_saved_by_id    bigint references account (id),
    submitted_by_id     bigint references account (id),
    submitted_at        timestamp with time zone,
    reopened_at         timestamp with time zone,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint not null default 0
);
create unique index survey_response_state_unique on survey_response (survey_id, country_code)
    where country_code is not null;
create unique index survey_response_person_unique on survey_response (survey_id, account_id)
    where account_id is not null and country_code is null;

-- A file given as an answer, under the library's upload rules.
create table survey_answer_file (
    id            bigint generated always as identity primary key,
    response_id   bigint not null references survey_response (id) on delete cascade,
    question_key  varchar(40) not null,
    file_name     varchar(200) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    content       bytea not null,
    created_at    timestamp with time zone not null,
    constraint survey_answer_file_one_per_question unique (response_id, question_key)
);

-- Who was asked (a person; for a survey of the states, each delegate of each state), when, and
-- the reminders they were sent; a mail that could not be delivered is marked for the editor.
create table survey_invitation (
    id                bigint generated always as identity primary key,
    survey_id         bigint not null references survey (id) on delete cascade,
    account_id        bigint references account (id),
    email             varchar(254) not null,
    country_code      varchar(2) references member_state (code),
    token_hash        varchar(64) unique,
    invited_at        timestamp with time zone not null,
    reminders_sent    int not null default 0,
    last_reminded_at  timestamp with time zone,
    last_call_sent_at timestamp with time zone,
    undeliverable_at  timestamp with time zone,
    constraint survey_invitation_once unique (survey_id, email)
);
create index survey_invitation_survey_idx on survey_invitation (survey_id);

-- The results brief an editor writes and publishes to the membership, per language.
create table survey_brief (
    survey_id      bigint primary key references survey (id) on delete cascade,
    public         boolean not null default false,
    charts         text not null default '',
    published_at   timestamp with time zone,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null default 0
);
create table survey_brief_text (
    survey_id      bigint not null references survey_brief (survey_id) on delete cascade,
    language       varchar(2) not null,
    summary_markdown text not null,
    summary_html   text not null,
    -- A translation made from an older text of the original is stale until it is redone.
    made_from_version bigint not null default 0,
    primary key (survey_id, language)
);
