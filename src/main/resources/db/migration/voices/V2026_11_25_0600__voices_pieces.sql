-- Port Voices: opinion pieces written by registered users, reviewed and published by editors.
create table voices_piece (
    id                    bigint generated always as identity primary key,
    author_account_id     bigint not null references account (id),
    language              varchar(2) not null,
    topic                 varchar(30) not null,
    country_code          varchar(2) not null references member_state (code),
    title                 varchar(200) not null,
    slug                  varchar(120) not null unique,
    summary               varchar(500) not null,
    body_markdown         text not null,
    body_html             text not null,
    author_name           varchar(120) not null,
    author_position       varchar(160),
    author_organisation   varchar(160),
    author_bio            varchar(600),
    status                varchar(20) not null check (status in
        ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED', 'PUBLISHED', 'DECLINED', 'WITHDRAWN')),
    editor_message        text,
    text_before_edit      text,
    submitted_at          timestamp with time zone,
    publish_at            timestamp with time zone,
    published_at          timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null default 0
);
create index voices_piece_author_idx on voices_piece (author_account_id);
create index voices_piece_status_idx on voices_piece (status, submitted_at);

-- An editor's translation of a published piece.
create table voices_translation (
    id             bigint generated always as identity primary key,
    piece_id       bigint not null references voices_piece (id) on delete cascade,
    language       varchar(2) not null,
    title          varchar(200) not null,
    summary        varchar(500) not null,
    body_markdown  text not null,
    body_html      text not null,
    published      boolean not null default false,
    updated_at     timestamp with time zone not null,
    version        bigint not null default 0,
    constraint voices_translation_one_per_language unique (piece_id, language)
);

-- Every step of a piece's review, as its author and the editors see it.
create table voices_step (
    id          bigint generated always as identity primary key,
    piece_id    bigint not null references voices_piece (id) on delete cascade,
    at          timestamp with time zone not null,
    actor_name  varchar(120) not null,
    action      varchar(30) not null,
    comment     text
);
create index voices_step_piece_idx on voices_step (piece_id, at);

-- The piece's image and the author's photo, at most one of each.
create table voices_image (
    piece_id      bigint not null references voices_piece (id) on delete cascade,
    kind          varchar(10) not null check (kind in ('PIECE', 'PHOTO')),
    file_name     varchar(200) not null,
    content_type  varchar(40) not null,
    width         int not null,
    height        int not null,
    bytes         bytea not null,
    primary key (piece_id, kind)
);
