-- The document library. A file and the rows that describe it are written in one transaction.

-- The text search configuration for each of the portal's languages.
create function library_ts_config(language varchar) returns regconfig
    language sql immutable parallel safe as $$
    select case language
        when 'es' then 'spanish'::regconfig
        when 'pt' then 'portuguese'::regconfig
        when 'fr' then 'french'::regconfig
        else 'english'::regconfig end
$$;

create table library_document (
    id              bigint generated always as identity primary key,
    doc_type        varchar(30) not null check (doc_type in ('CONTINGENCY_PLAN',
        'EMERGENCY_OPERATIONS_PLAN', 'DRILL_REPORT', 'STANDARD_GUIDANCE', 'PRESENTATION',
        'SURVEY_REPORT')),
    country_code    varchar(2) references member_state (code),
    port            varchar(120),
    hazards         varchar(20)[] not null default '{}',
    language        varchar(2) not null check (language in ('en', 'es', 'pt', 'fr')),
    year            integer not null check (year between 1900 and 2200),
    access_level    varchar(10) not null check (access_level in ('PUBLIC', 'MEMBERS', 'DELEGATES', 'PFSOS')),
    status          varchar(10) not null check (status in ('PENDING', 'PUBLISHED', 'RETURNED', 'WITHDRAWN')),
    review_note     text,
    last_reviewed   date,
    current_version_id bigint,
    submitted_by    bigint references account (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    published_at    timestamp with time zone,
    -- Title and description in every language: what anyone may search, whatever the level.
    meta_search     tsvector not null default ''::tsvector,
    -- The same plus the text of the current file: searched only by those who may read it.
    search          tsvector not null default ''::tsvector,
    version         bigint not null default 0
);
create index library_document_listing_idx on library_document (status, published_at desc, id desc);
create index library_document_country_idx on library_document (country_code, status);
create index library_document_search_idx on library_document using gin (search);
create index library_document_meta_search_idx on library_document using gin (meta_search);
create index library_document_hazards_idx on library_document using gin (hazards);

-- Title and description, in the document's language and any translations.
create table library_description (
    document_id  bigint not null references library_document (id) on delete cascade,
    language     varchar(2) not null check (language in ('en', 'es', 'pt', 'fr')),
    title        varchar(250) not null,
    description  text not null default '',
    primary key (document_id, language)
);
create index library_description_title_idx on library_description (language, lower(title));

-- The bytes of a file, in chunks so that a download streams instead of loading it whole.
create table library_file (
    id          bigint generated always as identity primary key,
    sha256      varchar(64) not null,
    size_bytes  bigint not null check (size_bytes > 0),
    chunks      integer not null check (chunks > 0)
);
create table library_file_chunk (
    file_id  bigint not null references library_file (id) on delete cascade,
    seq      integer not null,
    data     bytea not null,
    primary key (file_id, seq)
);
alter table library_file_chunk alter column data set storage external;

-- Every upload of a document; a newer one does not remove the older.
create table library_version (
    id              bigint generated always as identity primary key,
    document_id     bigint not null references library_document (id) on delete cascade,
    number          integer not null,
    file_id         bigint not null references library_file (id),
    file_name       varchar(200) not null,
    format          varchar(5) not null,
    media_type      varchar(100) not null,
    size_bytes      bigint not null,
    pages           integer,
    extracted_text  text not null default '',
    approved        boolean not null,
    note            varchar(500),
    uploaded_by     bigint references account (id),
    uploaded_by_name varchar(120) not null,
    uploaded_at     timestamp with time zone not null,
    constraint library_version_number unique (document_id, number)
);
alter table library_document add constraint library_document_current_version
    foreign key (current_version_id) references library_version (id) deferrable initially deferred;

create table library_related (
    document_id  bigint not null references library_document (id) on delete cascade,
    related_id   bigint not null references library_document (id) on delete cascade,
    primary key (document_id, related_id),
    check (document_id <> related_id)
);

-- Downloads of documents above the public level: who and when.
create table library_download (
    id              bigint generated always as identity primary key,
    document_id     bigint not null references library_document (id) on delete cascade,
    version_number  integer not null,
    account_id      bigint references account (id),
    account_email   varchar(320) not null,
    account_name    varchar(120) not null,
    access_level    varchar(10) not null,
    downloaded_at   timestamp with time zone not null
);
create index library_download_at_idx on library_download (downloaded_at desc);
create index library_download_document_idx on library_download (document_id, downloaded_at desc);

-- Rebuilds a document's two search vectors from its descriptions and its current file.
create function library_refresh_search(doc bigint) returns void language plpgsql as $$
declare
    meta tsvector := ''::tsvector;
    part record;
begin
    for part in select language, title, description from library_description where document_id = doc loop
        meta := meta || setweight(to_tsvector(library_ts_config(part.language), part.title), 'A')
                     || setweight(to_tsvector(library_ts_config(part.language), part.description), 'B');
    end loop;
    update library_document d set
        meta_search = meta,
        search = meta || setweight(to_tsvector(library_ts_config(d.language),
            coalesce((select v.extracted_text from library_version v where v.id = d.current_version_id), '')), 'C')
    where d.id = doc;
end
$$;
