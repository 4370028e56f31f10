-- Every row that people edit keeps when it was created, when it last changed and a version.
-- A translation was created with its first revision in that language.
alter table content_translation add column created_at timestamp with time zone;
update content_translation t
   set created_at = coalesce((select min(r.created_at) from content_revision r
                               where r.item_id = t.item_id and r.language = t.language),
                             t.updated_at);
alter table content_translation alter column created_at set not null;
