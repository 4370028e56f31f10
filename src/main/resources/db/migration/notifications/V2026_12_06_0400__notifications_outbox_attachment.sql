-- A mail may carry one file (an event's calendar invitation): its name, its media type and bytes.
alter table outbox_mail add column attachment_name varchar(100);
alter table outbox_mail add column attachment_type varchar(100);
alter table outbox_mail add column attachment bytea;
