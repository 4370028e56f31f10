-- The news list and the feeds read the newest published items first; with this index a page of
-- ten costs ten index entries however large the archive (measured with bench/run.sh).
create index content_item_news_list_idx on content_item (published_at desc, id desc)
    where kind = 'NEWS' and status = 'PUBLISHED';
create index content_item_topic_idx on content_item (topic, published_at desc)
    where kind = 'NEWS' and status = 'PUBLISHED';
drop index if exists content_item_news_idx;
