-- The text of each document's current file in overlapping passages of about 1,500 characters,
-- each with its own search vector: a search result shows the best matching passage, found in a
-- few short rows instead of highlighting the whole text of every result.
create table library_passage (
    document_id  bigint not null references library_document (id) on delete cascade,
    seq          integer not null,
    text         text not null,
    search       tsvector not null,
    primary key (document_id, seq)
);
create index library_passage_search_idx on library_passage using gin (search) with (fastupdate = off);

-- Uploads are rare and searches frequent: entries go straight into the search indexes rather than
-- a pending list, which every search would have to read until the next vacuum (and which made the
-- planner prefer reading every document's vector over the index).
alter index library_document_search_idx set (fastupdate = off);
alter index library_document_meta_search_idx set (fastupdate = off);

-- What results are ranked by: titles, descriptions and the start of the text, small enough to be
-- kept in the row, so ranking a thousand matches does not read a thousand large vectors.
alter table library_document add column rank_search tsvector not null default ''::tsvector;

create or replace function library_refresh_search(doc bigint) returns void language plpgsql as $$
declare
    meta tsvector := ''::tsvector;
    part record;
    config regconfig;
    body text;
begin
    for part in select language, title, description from library_description where document_id = doc loop
        meta := meta || setweight(to_tsvector(library_ts_config(part.language), part.title), 'A')
                     || setweight(to_tsvector(library_ts_config(part.language), part.description), 'B');
    end loop;
    select library_ts_config(d.language), coalesce(v.extracted_text, '')
      into config, body
      from library_document d left join library_version v on v.id = d.current_version_id
     where d.id = doc;
    update library_document d set
        meta_search = meta,
        search = meta || setweight(to_tsvector(config, body), 'C'),
        rank_search = meta || setweight(to_tsvector(config, left(body, 2000)), 'C')
    where d.id = doc;
    delete from library_passage where document_id = doc;
    insert into library_passage (document_id, seq, text, search)
    select doc, n, chunk, to_tsvector(config, chunk)
      from (select n, substr(body, n * 1400 + 1, 1500) as chunk
              from generate_series(0, greatest(0, (length(body) - 1) / 1400)) as n) chunks
     where length(chunk) > 0;
end
$$;

select library_refresh_search(id) from library_document;
