-- News and resource pages. An item has an original language; its text in each language is a
-- translation row (the original included), every save of which is kept as a revision.
create table content_item (
    id                 bigint generated always as identity primary key,
    kind               varchar(10) not null check (kind in ('NEWS', 'PAGE')),
    parent_id          bigint references content_item (id),
    position           int not null default 0,
    original_language  varchar(2) not null,
    topic              varchar(30),
    author_name        varchar(120) not null,
    status             varchar(12) not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    publish_at         timestamp with time zone,
    published_at       timestamp with time zone,
    next_review_on     date,
    original_revision  int not null default 0,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint not null default 0
);
create index content_item_news_idx on content_item (published_at desc) where kind = 'NEWS' and status = 'PUBLISHED';
create index content_item_parent_idx on content_item (parent_id, position);

create table content_translation (
    id                  bigint generated always as identity primary key,
    item_id             bigint not null references content_item (id) on delete cascade,
    language            varchar(2) not null,
    title               varchar(200) not null,
    slug                varchar(200) not null,
    summary             varchar(500) not null,
    body_markdown       text not null,
    body_html           text not null,
    status              varchar(12) not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    based_on_revision   int not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(120) not null,
    version             bigint not null default 0,
    constraint content_translation_one_per_language unique (item_id, language),
    constraint content_translation_slug_unique unique (language, slug)
);

create table content_revision (
    id             bigint generated always as identity primary key,
    item_id        bigint not null references content_item (id) on delete cascade,
    language       varchar(2) not null,
    number         int not null,
    title          varchar(200) not null,
    summary        varchar(500) not null,
    body_markdown  text not null,
    author_name    varchar(120) not null,
    created_at     timestamp with time zone not null,
    constraint content_revision_number unique (item_id, language, number)
);

-- Slugs an item had before a rename: they redirect to the current one.
create table content_slug_redirect (
    language  varchar(2) not null,
    slug      varchar(200) not null,
    item_id   bigint not null references content_item (id) on delete cascade,
    primary key (language, slug)
);

create table content_image (
    id            bigint generated always as identity primary key,
    item_id       bigint not null references content_item (id) on delete cascade,
    file_name     varchar(200) not null,
    content_type  varchar(40) not null,
    width         int not null,
    height        int not null,
    bytes         bytea not null,
    created_at    timestamp with time zone not null
);
create index content_image_item_idx on content_image (item_id);
