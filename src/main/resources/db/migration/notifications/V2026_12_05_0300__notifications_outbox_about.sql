-- What a mail is about, for the module that asked for it and needs to learn if it could not be
-- delivered (a survey's invitation: 'survey-invitation:<id>'). Null for every other mail.
alter table outbox_mail add column about varchar(80);
