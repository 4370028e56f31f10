-- A large, deterministic data set for the benchmark, generated in the database itself.
-- Extend it when a module arrives: add its rows at the end, sized like a decade of use.
-- Needs: the schema (Flyway) and one account whose password hash the generated accounts reuse.
\set ON_ERROR_STOP on
\timing on

begin;

-- 20,000 accounts in every role and member state, all with the reference account's password.
insert into account (email, display_name, organisation, country_code, role, port_facility,
                     password_hash, email_verified_at, enabled, language, created_at)
select 'member' || n || '@bench.safeports.org',
       'Member ' || n,
       'Port Authority ' || (n % 500),
       (array['AR','BB','BR','CR','DO','EC','GT','JM','MX','NI','PA','PE','US','UY','VE'])[1 + n % 15],
       (array['USER','USER','USER','ASSOCIATE','DELEGATE','PFSO'])[1 + n % 6],
       case when n % 6 = 5 then 'Terminal ' || (n % 40) end,
       (select password_hash from account where email = :'reference'),
       now(), true,
       (array['en','es','pt','fr'])[1 + n % 4],
       now() - (n || ' minutes')::interval
from generate_series(1, 20000) as n;

-- 20,000 news items over fifteen years, each in four languages.
insert into content_item (kind, parent_id, position, original_language, topic, author_name, status,
                          published_at, original_revision, created_at, updated_at)
select 'NEWS', null, 0, (array['en','es','pt','fr'])[1 + n % 4],
       (array['standards','mda','contingency','cooperation','membership','events'])[1 + n % 6],
       'TAG Secretariat', 'PUBLISHED',
       timestamp with time zone '2011-01-01' + (n * interval '6 hours'), 1,
       timestamp with time zone '2011-01-01' + (n * interval '6 hours'),
       timestamp with time zone '2011-01-01' + (n * interval '6 hours')
from generate_series(1, 20000) as n;

-- 2,000 resource pages: 20 sections of 99 sub-pages.
insert into content_item (kind, parent_id, position, original_language, topic, author_name, status,
                          published_at, next_review_on, original_revision, created_at, updated_at)
select 'PAGE', null, 100 + n, 'en', null, 'TAG Secretariat', 'PUBLISHED', now(),
       current_date + (n % 400), 1, now(), now()
from generate_series(1, 20) as n;

insert into content_item (kind, parent_id, position, original_language, topic, author_name, status,
                          published_at, next_review_on, original_revision, created_at, updated_at)
select 'PAGE', s.id, n, 'en', null, 'TAG Secretariat', 'PUBLISHED', now(),
       current_date + (n % 400), 1, now(), now()
from (select id from content_item where kind = 'PAGE' and position > 100 and parent_id is null
      and author_name = 'TAG Secretariat' order by id desc limit 20) s,
     generate_series(1, 99) as n;

-- Every generated item in the four languages, the body a realistic length.
insert into content_translation (item_id, language, title, slug, summary, body_markdown, body_html,
                                 status, based_on_revision, updated_at, updated_by)
select i.id, l.lang,
       initcap(l.word) || ' ' || i.id || ': port security in the Americas',
       'bench-' || lower(i.kind) || '-' || i.id || '-' || l.lang,
       'Summary of item ' || i.id || ' in ' || l.lang || ', about ports, standards and preparedness.',
       repeat('## Section' || chr(10) || chr(10) || 'Ports share plans, drills and lessons. ', 8),
       repeat('<h2 id="section">Section</h2><p>Ports share plans, drills and lessons. </p>', 8),
       'PUBLISHED', 1, now(), 'TAG Secretariat'
from content_item i
cross join (values ('en','news'), ('es','noticia'), ('pt','notícia'), ('fr','nouvelle')) as l(lang, word)
where i.author_name = 'TAG Secretariat'
  and not exists (select 1 from content_translation t where t.item_id = i.id);

commit;
analyze;
