-- The dashboard counts the accounts whose address is not confirmed yet: few, among thousands.
create index account_unverified_idx on account (id) where email_verified_at is null;
