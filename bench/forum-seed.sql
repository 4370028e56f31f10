-- The forum's share of the benchmark's data set: the demo's kind of categories (public, members',
-- the PFSO forum and its sub-categories, the secretariat's) and 100,000 posts, one topic holding
-- 5,000 of them. Deterministic (arithmetic on row numbers, no random()). Load after seed.sql,
-- whose accounts write the posts:
--   psql -d safeports_bench -f bench/forum-seed.sql
\set ON_ERROR_STOP on
\timing on

begin;

-- The categories, as the demo has them; those already there (from a migration) are kept.
insert into forum_category (slug, parent_id, position, audience, created_at, updated_at)
values ('general', null, 10, 'PUBLIC', now(), now()),
       ('standards', null, 20, 'PUBLIC', now(), now()),
       ('members', null, 40, 'MEMBERS', now(), now()),
       ('pfso', null, 50, 'PFSO', now(), now()),
       ('secretariat', null, 90, 'SECRETARIAT', now(), now())
on conflict (slug) do nothing;
insert into forum_category (slug, parent_id, position, audience, created_at, updated_at)
select s.slug, (select id from forum_category where slug = 'pfso'), s.position, 'PFSO', now(), now()
from (values ('pfso-drills', 51), ('pfso-access', 52), ('pfso-cyber', 53),
             ('pfso-hurricanes', 54)) as s(slug, position)
on conflict (slug) do nothing;

insert into forum_category_text (category_id, language, name, description)
select c.id, l.lang, l.word || ' ' || c.slug, l.word || ' ' || c.slug || ' (bench)'
from forum_category c
cross join (values ('en', 'Category'), ('es', 'Categoría'), ('pt', 'Categoria'),
                   ('fr', 'Catégorie')) as l(lang, word)
on conflict do nothing;

-- Who writes where: the PFSO accounts in the PFSO categories, associates and delegates in the
-- members' room, editors in the secretariat's, registered users in the public ones. Each pool is
-- numbered from 1, so that the j-th author of a pool is a join on its number.
create temporary table bench_forum_author as
select id, display_name, pool, row_number() over (partition by pool order by id) as k
from (select a.id, a.display_name,
             case when a.role = 'PFSO' then 'PFSO'
                  when a.role in ('ASSOCIATE', 'DELEGATE') then 'MEMBERS'
                  when a.role = 'EDITOR' then 'SECRETARIAT' else 'PUBLIC' end as pool
      from account a
      where a.email like 'member%@bench.safeports.org'
         or a.email like 'editor%@bench.safeports.org') a;
alter table bench_forum_author add primary key (pool, k);
create temporary table bench_forum_pool as
select pool, count(*) as size from bench_forum_author group by pool;

create temporary table bench_forum_category as
select c.id, row_number() over (order by c.position, c.id) - 1 as k
from forum_category c
where c.slug in ('general', 'standards', 'members', 'pfso', 'pfso-drills', 'pfso-access',
                 'pfso-cyber', 'pfso-hurricanes', 'secretariat');

-- Topic 0 is the long one (5,000 posts, hurricane season); topics 1..4,750 have 20 posts each.
create temporary table bench_forum_topic as
select n,
       case when n = 0 then (select id from forum_category where slug = 'pfso-hurricanes')
            else (select id from bench_forum_category where k = n % 9) end as category_id,
       case when n = 0 then 5000 else 20 end as posts,
       (array['en', 'es', 'pt', 'fr'])[1 + n % 4] as language,
       timestamp with time zone '2023-01-01' + (n * interval '5 hours') as started
from generate_series(0, 4750) as n;

alter table bench_forum_topic add column audience varchar(12);
update bench_forum_topic t set audience = c.audience from forum_category c where c.id = t.category_id;

insert into forum_topic (category_id, title, slug, language, author_account_id, author_name,
                         last_number, post_count, last_post_number, last_post_at,
                         last_post_author_name, created_at, updated_at)
select t.category_id,
       case when t.n = 0 then 'Hurricane season: closing and reopening the terminal, year after year'
            else 'Topic ' || t.n || ': drills, access and cargo in the port' end,
       'bench-topic-' || t.n, t.language, a.id, a.display_name,
       t.posts, t.posts, t.posts, t.started + (t.posts * interval '7 minutes'),
       'Member', t.started, t.started + (t.posts * interval '7 minutes')
from bench_forum_topic t
join bench_forum_pool pl on pl.pool = t.audience
join bench_forum_author a on a.pool = t.audience and a.k = 1 + t.n % pl.size;

insert into forum_post (topic_id, number, author_account_id, author_name, language, body_markdown,
                        body_html, body_text, created_at, updated_at)
select ft.id, p.number, a.id, a.display_name, t.language,
       'Post ' || p.number || ' of topic ' || t.n || '. ' || repeat('Our terminal checked the gates, the fences and the cameras before the storm, and we share what we learned. ', 3),
       '<p>Post ' || p.number || ' of topic ' || t.n || '. ' || repeat('Our terminal checked the gates, the fences and the cameras before the storm, and we share what we learned. ', 3) || '</p>',
       'Post ' || p.number || ' of topic ' || t.n || '. ' || repeat('Our terminal checked the gates, the fences and the cameras before the storm, and we share what we learned. ', 3),
       t.started + (p.number * interval '7 minutes'), t.started + (p.number * interval '7 minutes')
from bench_forum_topic t
join forum_topic ft on ft.slug = 'bench-topic-' || t.n
join bench_forum_pool pl on pl.pool = t.audience
cross join lateral generate_series(1, t.posts) as p(number)
join bench_forum_author a on a.pool = t.audience and a.k = 1 + (t.n * 31 + p.number) % pl.size;

-- The topics' and categories' latest-post lines and counters, as ForumCounters keeps them.
update forum_topic ft set last_post_author_name = p.author_name
from forum_post p where p.topic_id = ft.id and p.number = ft.last_number
  and ft.slug like 'bench-topic-%';

update forum_category c
set topic_count = s.topics, post_count = s.posts, last_topic_id = s.last_topic,
    last_post_at = s.last_at, last_post_author_name = s.last_author
from (select category_id, count(*) as topics, sum(post_count) as posts,
             (array_agg(id order by last_post_at desc, id desc))[1] as last_topic,
             max(last_post_at) as last_at,
             (array_agg(last_post_author_name order by last_post_at desc, id desc))[1] as last_author
      from forum_topic group by category_id) s
where s.category_id = c.id;

commit;
analyze forum_category;
analyze forum_topic;
analyze forum_post;

select 'forum posts', count(*) from forum_post;
select 'longest topic', id, post_count from forum_topic where slug = 'bench-topic-0';
