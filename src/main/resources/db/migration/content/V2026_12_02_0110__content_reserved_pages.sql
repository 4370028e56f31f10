-- Pages every install has at a fixed address (/privacy, /accessibility, /associate-terms), edited
-- by the secretariat like any other page: the key says which of them an item is.
alter table content_item add column reserved_key varchar(30);
create unique index content_item_reserved_key_idx on content_item (reserved_key)
    where reserved_key is not null;
