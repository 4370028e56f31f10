-- The secretariat's queue lists mail given up for good, oldest first.
create index outbox_mail_failed_idx on outbox_mail (created_at, id) where status = 'FAILED';
