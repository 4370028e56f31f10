-- The editors' agenda and speaker screens. A speaker's country (ISO 3166 code); each text of a
-- session, talk or speaker says whether the original changed since it was translated; a talk
-- carries a version like sessions and speakers, so two editors cannot overwrite each other.
alter table event_speaker add column country varchar(2);
alter table event_session_text add column stale boolean not null default false;
alter table event_talk_text add column stale boolean not null default false;
alter table event_speaker_text add column stale boolean not null default false;
alter table event_talk add column version bigint not null default 0;
