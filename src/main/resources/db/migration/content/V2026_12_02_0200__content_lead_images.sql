-- Smaller copies of an image, made when it becomes a lead image, for srcset.
create table content_image_variant (
    image_id      bigint not null references content_image (id) on delete cascade,
    width         int not null,
    height        int not null,
    content_type  varchar(40) not null,
    bytes         bytea not null,
    primary key (image_id, width)
);

-- The image shown at the head of an item and in lists, at most one per item. An image marked
-- decorative has no alternative text; any other must have one in the item's original language.
create table content_lead_image (
    item_id     bigint primary key references content_item (id) on delete cascade,
    image_id    bigint not null references content_image (id) on delete cascade,
    credit      varchar(200),
    decorative  boolean not null default false
);

-- The lead image's words in each language: the original's are required, the others fall back.
create table content_lead_image_text (
    item_id   bigint not null references content_lead_image (item_id) on delete cascade,
    language  varchar(2) not null,
    alt_text  varchar(300),
    caption   varchar(500),
    primary key (item_id, language)
);
