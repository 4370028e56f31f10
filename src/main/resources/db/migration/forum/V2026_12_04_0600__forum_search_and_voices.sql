-- Topic titles are searched too, each in its topic's language, with its own index, so that a
-- search over titles and posts is two index scans.
alter table forum_topic add column search tsvector generated always as
    (to_tsvector(forum_ts_config(language), title)) stored;
create index forum_topic_search_idx on forum_topic using gin (search);

-- The public category where each published Port Voices piece gets its discussion: it must exist
-- wherever pieces are published, demo or not.
insert into forum_category (slug, position, audience, created_at, updated_at)
values ('port-voices', 30, 'PUBLIC', now(), now())
on conflict (slug) do nothing;

insert into forum_category_text (category_id, language, name, description)
select c.id, t.language, t.name, t.description
from forum_category c,
     (values
        ('es', 'Voces Portuarias', 'Un tema de conversación para cada artículo publicado en Voces Portuarias.'),
        ('en', 'Port Voices', 'A discussion for each piece published in Port Voices.'),
        ('pt', 'Vozes Portuárias', 'Uma conversa para cada artigo publicado em Vozes Portuárias.'),
        ('fr', 'Voix portuaires', 'Une discussion pour chaque article publié dans Voix portuaires.')
     ) as t (language, name, description)
where c.slug = 'port-voices'
on conflict do nothing;
