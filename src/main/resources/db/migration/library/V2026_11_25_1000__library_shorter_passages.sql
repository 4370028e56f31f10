-- Shorter passages (about 600 characters, overlapping by 100): a search result's highlight is
-- computed from the best passage, and highlighting costs by the length of the text it reads.
-- Twenty results highlighted from 1,500-character passages took a third of a broad search.
create or replace function library_refresh_passages(doc bigint) returns void language plpgsql as $$
declare
    config regconfig;
    body text;
begin
    select library_ts_config(d.language), coalesce(v.extracted_text, '')
      into config, body
      from library_document d left join library_version v on v.id = d.current_version_id
     where d.id = doc;
    delete from library_passage where document_id = doc;
    insert into library_passage (document_id, seq, text, search)
    select doc, n, chunk, to_tsvector(config, chunk)
      from (select n, substr(body, n * 500 + 1, 600) as chunk
              from generate_series(0, greatest(0, (length(body) - 1) / 500)) as n) chunks
     where length(chunk) > 0;
end
$$;

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
    perform library_refresh_passages(doc);
end
$$;

select library_refresh_passages(id) from library_document;
