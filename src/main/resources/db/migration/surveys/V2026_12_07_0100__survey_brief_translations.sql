-- A brief's translations are written on their own screen, like a page's: each carries the count of
-- its saves, so that a translator saving over a colleague's newer save is told instead, and who
-- saved it last and when, shown beside it.
alter table survey_brief_text add column revision bigint not null default 0;
alter table survey_brief_text add column updated_at timestamp with time zone;
alter table survey_brief_text add column updated_by varchar(200);
