-- The site search's index over the benchmark's data set, for bench/site-search.sh: what the
-- modules' search sources would hand the index, written straight from their tables (the rebuild
-- does the same through the sources once they are all there). 20,000 news items and 2,000 pages in
-- four languages, 5,000 library documents with their extracted text, 100,000 forum posts. Load
-- after seed.sql and forum-seed.sql:
--   psql -d safeports_bench -f bench/site-search-seed.sql
\set ON_ERROR_STOP on
\timing on

-- The vector exactly as SearchIndex writes it: the document's language, then unstemmed.
create function pg_temp.search_vector(lang text, title text, summary text, body text)
returns tsvector language sql immutable as $$
  select setweight(to_tsvector(('sp_' || lang)::regconfig, title), 'A')
      || setweight(to_tsvector(('sp_' || lang)::regconfig, summary), 'B')
      || to_tsvector(('sp_' || lang)::regconfig, body)
      || setweight(to_tsvector('sp_simple', title), 'A')
      || setweight(to_tsvector('sp_simple', summary), 'B')
      || to_tsvector('sp_simple', body)
$$;

begin;
delete from search_document;

insert into search_document (source, ref, language, title, summary, body, path, access, country,
                             hazards, published_at, vector)
select case i.kind when 'NEWS' then 'news' else 'page' end, i.id::text, t.language, t.title,
       coalesce(t.summary, ''), left(t.body_markdown, 60000),
       '/' || t.language || case i.kind when 'NEWS' then '/news/' else '/pages/' end || t.slug,
       array['PUBLIC'], null, '{}', i.published_at,
       pg_temp.search_vector(t.language, t.title, coalesce(t.summary, ''), left(t.body_markdown, 60000))
from content_item i
join content_translation t on t.item_id = i.id
where i.status = 'PUBLISHED' and t.status = 'PUBLISHED';

insert into search_document (source, ref, language, title, summary, body, path, access, country,
                             hazards, published_at, vector)
select 'library', d.id::text, d.language, ds.title, coalesce(ds.description, ''),
       left(coalesce(v.extracted_text, ''), 60000), '/library/' || d.id,
       array[case d.access_level when 'PUBLIC' then 'PUBLIC' when 'MEMBERS' then 'SIGNED_IN'
                                 when 'DELEGATES' then 'DELEGATE' else 'PFSO' end],
       d.country_code, coalesce(d.hazards::text[], '{}'), d.published_at,
       pg_temp.search_vector(d.language, ds.title, coalesce(ds.description, ''),
                             left(coalesce(v.extracted_text, ''), 60000))
from library_document d
join library_description ds on ds.document_id = d.id and ds.language = d.language
left join library_version v on v.id = d.current_version_id
where d.status = 'PUBLISHED';

insert into search_document (source, ref, language, title, summary, body, path, access, country,
                             hazards, published_at, vector)
select 'forum', p.id::text, p.language, t.title, '', p.body_text,
       '/forum/t/' || t.slug || '#post-' || p.number,
       array[case c.audience when 'PUBLIC' then 'PUBLIC' when 'MEMBERS' then 'ASSOCIATE'
                             when 'PFSO' then 'PFSO' else 'EDITOR' end],
       null, '{}', p.created_at,
       pg_temp.search_vector(p.language, t.title, '', p.body_text)
from forum_post p
join forum_topic t on t.id = p.topic_id
join forum_category c on c.id = t.category_id;

delete from search_word;
insert into search_word (word)
select word from ts_stat('select to_tsvector(''sp_simple'', title || '' '' || summary || '' '' || body)
                          from search_document where ''PUBLIC'' = any(access)')
where word ~ '^[a-z]{4,30}$';

insert into search_rebuild (started_at, finished_at, documents, started_by)
select now(), now(), count(*), 'bench/site-search-seed.sql' from search_document;
commit;

-- A portal already running on this database forgets the results pages it kept.
select nextval('search_index_version');

analyze search_document;
analyze search_word;
select source, language, count(*) from search_document group by 1, 2 order by 1, 2;
