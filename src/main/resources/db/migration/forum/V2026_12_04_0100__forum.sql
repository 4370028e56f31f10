-- The forum: categories with an audience, topics, numbered posts, and what readers and moderators
-- keep about them. Who may read a category is decided by its audience alone (see ForumAudience).

-- The text search configuration for each of the portal's languages (the forum's own copy, so that
-- the forum does not reach into another module's schema).
create function forum_ts_config(language varchar) returns regconfig
    language sql immutable parallel safe as $$
    select case language
        when 'es' then 'spanish'::regconfig
        when 'pt' then 'portuguese'::regconfig
        when 'fr' then 'french'::regconfig
        else 'english'::regconfig end
$$;

create table forum_category (
    id                    bigint generated always as identity primary key,
    slug                  varchar(80) not null unique,
    parent_id             bigint references forum_category (id),
    position              int not null default 0,
    audience              varchar(12) not null
        check (audience in ('PUBLIC', 'MEMBERS', 'PFSO', 'SECRETARIAT')),
    -- Counters and the latest-post line count visible posts only; ForumCounters keeps them.
    topic_count           int not null default 0,
    post_count            int not null default 0,
    last_topic_id         bigint,
    last_post_at          timestamp with time zone,
    last_post_author_name varchar(120),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null default 0
);
create index forum_category_parent_idx on forum_category (parent_id, position);

-- A category's name and description in each language it has been given.
create table forum_category_text (
    category_id  bigint not null references forum_category (id) on delete cascade,
    language     varchar(2) not null,
    name         varchar(120) not null,
    description  varchar(500) not null default '',
    primary key (category_id, language)
);

create table forum_topic (
    id                    bigint generated always as identity primary key,
    category_id           bigint not null references forum_category (id),
    title                 varchar(200) not null,
    slug                  varchar(120) not null,
    language              varchar(2) not null,
    author_account_id     bigint not null references account (id),
    author_name           varchar(120) not null,
    state                 varchar(10) not null default 'VISIBLE'
        check (state in ('VISIBLE', 'HELD', 'HIDDEN', 'DELETED')),
    pinned                boolean not null default false,
    locked                boolean not null default false,
    closed                boolean not null default false,
    -- The Port Voices piece this topic discusses, if any (one topic per piece).
    piece_id              bigint unique,
    -- A topic merged into another points at it, so that old links still land.
    merged_into_id        bigint references forum_topic (id),
    -- The highest post number given out; a reply takes the next one under the topic's row lock.
    last_number           int not null default 0,
    post_count            int not null default 0,
    last_post_number      int,
    last_post_at          timestamp with time zone,
    last_post_author_name varchar(120),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null default 0
);
-- A category's topics, pinned first then by latest activity, paged by keyset on (last_post_at, id).
create index forum_topic_category_idx
    on forum_topic (category_id, pinned desc, last_post_at desc, id desc);
create index forum_topic_latest_idx on forum_topic (last_post_at desc, id desc);
create index forum_topic_author_idx on forum_topic (author_account_id);

create table forum_post (
    id                 bigint generated always as identity primary key,
    topic_id           bigint not null references forum_topic (id),
    number             int not null,
    author_account_id  bigint not null references account (id),
    author_name        varchar(120) not null,
    language           varchar(2) not null,
    body_markdown      text not null,
    body_html          text not null,
    -- The post as plain text, for search and for mail.
    body_text          text not null,
    state              varchar(10) not null default 'VISIBLE'
        check (state in ('VISIBLE', 'HELD', 'HIDDEN', 'DELETED')),
    -- Why a moderator (or enough flags) hid the post, as the author is told.
    hidden_reason      varchar(500),
    edited_at          timestamp with time zone,
    search             tsvector generated always as
        (to_tsvector(forum_ts_config(language), body_text)) stored,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint not null default 0,
    constraint forum_post_number_unique unique (topic_id, number)
);
create index forum_post_author_idx on forum_post (author_account_id, created_at desc);
create index forum_post_created_idx on forum_post (created_at);
create index forum_post_search_idx on forum_post using gin (search);
create index forum_post_waiting_idx on forum_post (created_at) where state = 'HELD';

-- Every earlier text of an edited post, for moderators.
create table forum_post_revision (
    id                 bigint generated always as identity primary key,
    post_id            bigint not null references forum_post (id) on delete cascade,
    body_markdown      text not null,
    editor_account_id  bigint not null references account (id),
    editor_name        varchar(120) not null,
    created_at         timestamp with time zone not null
);
create index forum_post_revision_post_idx on forum_post_revision (post_id, created_at);

-- A file attached to a post, under the same upload rules as the library's documents.
create table forum_attachment (
    id                   bigint generated always as identity primary key,
    post_id              bigint not null references forum_post (id) on delete cascade,
    file_name            varchar(200) not null,
    media_type           varchar(100) not null,
    size_bytes           bigint not null,
    sha256               varchar(64) not null,
    image                boolean not null,
    content              bytea not null,
    uploader_account_id  bigint not null references account (id),
    created_at           timestamp with time zone not null
);
create index forum_attachment_post_idx on forum_attachment (post_id);

-- A reader's flag on a post; one open flag per reader and post.
create table forum_flag (
    id                   bigint generated always as identity primary key,
    post_id              bigint not null references forum_post (id) on delete cascade,
    account_id           bigint not null references account (id),
    reason               varchar(12) not null
        check (reason in ('SPAM', 'OFF_TOPIC', 'ABUSIVE', 'SENSITIVE')),
    note                 varchar(500),
    created_at           timestamp with time zone not null,
    resolved_at          timestamp with time zone,
    resolved_by_id       bigint references account (id),
    resolution           varchar(12) check (resolution in ('UPHELD', 'DISMISSED'))
);
create unique index forum_flag_open_unique on forum_flag (post_id, account_id)
    where resolved_at is null;
create index forum_flag_open_idx on forum_flag (created_at) where resolved_at is null;

-- How far a reader has read each topic (the highest post number seen).
create table forum_read (
    account_id        bigint not null references account (id) on delete cascade,
    topic_id          bigint not null references forum_topic (id) on delete cascade,
    last_read_number  int not null,
    read_at           timestamp with time zone not null,
    primary key (account_id, topic_id)
);

-- A reader's forum preferences: mail for what they watch, the time of their previous visit (for
-- "new since your last visit"), the handle others mention them by, and the secret of the
-- one-click unsubscribe link.
create table forum_member (
    account_id          bigint primary key references account (id) on delete cascade,
    handle              varchar(40) not null unique,
    delivery            varchar(8) not null default 'DAILY'
        check (delivery in ('PER_POST', 'DAILY', 'WEEKLY', 'NONE')),
    unsubscribe_token   varchar(64) not null unique,
    previous_visit_at   timestamp with time zone,
    last_visit_at       timestamp with time zone,
    last_daily_at       timestamp with time zone,
    last_weekly_at      timestamp with time zone,
    created_at          timestamp with time zone not null
);

-- Watching a topic or a category; a delivery here overrides the member's own for that topic.
create table forum_subscription (
    id           bigint generated always as identity primary key,
    account_id   bigint not null references account (id) on delete cascade,
    topic_id     bigint references forum_topic (id) on delete cascade,
    category_id  bigint references forum_category (id) on delete cascade,
    delivery     varchar(8) check (delivery in ('PER_POST', 'DAILY', 'WEEKLY', 'NONE')),
    created_at   timestamp with time zone not null,
    constraint forum_subscription_one_target check ((topic_id is null) <> (category_id is null))
);
create unique index forum_subscription_topic_unique on forum_subscription (account_id, topic_id)
    where topic_id is not null;
create unique index forum_subscription_category_unique
    on forum_subscription (account_id, category_id) where category_id is not null;
create index forum_subscription_topic_idx on forum_subscription (topic_id);
create index forum_subscription_category_idx on forum_subscription (category_id);

-- Every post mailed to a reader, by whichever channel: a post is never sent twice to one reader.
create table forum_delivery (
    account_id  bigint not null references account (id) on delete cascade,
    post_id     bigint not null references forum_post (id) on delete cascade,
    channel     varchar(8) not null check (channel in ('PER_POST', 'DAILY', 'WEEKLY', 'MENTION')),
    sent_at     timestamp with time zone not null,
    primary key (account_id, post_id)
);

-- The forum's settings, one row, changed by the secretariat.
create table forum_settings (
    id                     int primary key check (id = 1),
    held_first_posts       int not null default 0,
    edit_window_minutes    int not null default 30,
    flags_to_hide          int not null default 3,
    updated_at             timestamp with time zone not null,
    version                bigint not null default 0
);
insert into forum_settings (id, updated_at) values (1, now());
