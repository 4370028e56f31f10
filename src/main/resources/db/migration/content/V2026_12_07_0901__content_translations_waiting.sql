-- The secretariat's queue lists the translations missing or out of date. Finding them compared every
-- item with its translations in the four languages (a scan of both tables on each dashboard view);
-- this flag, kept by the database itself whatever writes the rows, says which items ask for any, so
-- the queue reads only those, through a partial index.
-- An item asks for none when it is archived, or when each of the other three languages has a
-- translation based on the original's current revision.
alter table content_item add column translations_waiting boolean not null default false;

create or replace function content_translations_waiting(item content_item) returns boolean
language sql stable as $$
  select item.status <> 'ARCHIVED'
     and (select count(*) from content_translation t
          where t.item_id = item.id and t.language in ('en', 'es', 'pt', 'fr')
            and t.language <> item.original_language
            and t.based_on_revision >= item.original_revision) < 3
$$;

create or replace function content_item_translations_waiting() returns trigger
language plpgsql as $$
begin
  new.translations_waiting := content_translations_waiting(new);
  return new;
end
$$;

create trigger content_item_translations_waiting
  before insert or update on content_item
  for each row execute function content_item_translations_waiting();

-- A translation added, changed or removed: the item's flag again (the update runs the trigger above).
create or replace function content_translation_touches_item() returns trigger
language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update content_item set translations_waiting = translations_waiting where id = old.item_id;
  end if;
  if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.item_id <> old.item_id) then
    update content_item set translations_waiting = translations_waiting where id = new.item_id;
  end if;
  return null;
end
$$;

create trigger content_translation_touches_item
  after insert or update of item_id, language, based_on_revision or delete on content_translation
  for each row execute function content_translation_touches_item();

-- The index before the rows are set, so it serves at once (one built after the update in the
-- same transaction waits for older transactions to end before the planner may use it).
create index content_item_translations_waiting_idx on content_item (created_at, id)
  where translations_waiting;

update content_item set translations_waiting = content_translations_waiting(content_item);
