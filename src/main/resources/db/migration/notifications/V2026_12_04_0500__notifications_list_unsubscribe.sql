-- The one-click unsubscribe address of a mail from a list (the forum's), sent as the
-- List-Unsubscribe header so that mail programs can offer the reader a button (RFC 8058).
alter table outbox_mail add column unsubscribe_url varchar(500);
