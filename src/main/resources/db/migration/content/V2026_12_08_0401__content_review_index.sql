-- The dashboard counts and lists the items past their review date, oldest first; only some items
-- have a review date at all, so the index holds those alone (both statements read the whole table
-- of 22,000 items without it).
create index content_item_review_idx on content_item (next_review_on, id)
    where next_review_on is not null;
