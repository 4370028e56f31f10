-- The piece's image becomes its lead image: a credit, a decorative mark, smaller copies and words
-- in each language. The revision changes with every new file, so that each address can be cached.
alter table voices_image
    add column credit varchar(200),
    add column decorative boolean not null default false,
    add column revision int not null default 1;

create table voices_image_variant (
    piece_id      bigint not null references voices_piece (id) on delete cascade,
    width         int not null,
    height        int not null,
    content_type  varchar(40) not null,
    bytes         bytea not null,
    primary key (piece_id, width)
);

create table voices_image_text (
    piece_id  bigint not null references voices_piece (id) on delete cascade,
    language  varchar(2) not null,
    alt_text  varchar(300),
    caption   varchar(500),
    primary key (piece_id, language)
);
