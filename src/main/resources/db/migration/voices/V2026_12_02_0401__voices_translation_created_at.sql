-- Every row that people edit keeps when it was created, when it last changed and a version.
-- The first time a translation was written is not kept: its last change is the best known.
alter table voices_translation add column created_at timestamp with time zone;
update voices_translation set created_at = updated_at;
alter table voices_translation alter column created_at set not null;
