-- Every row that people edit keeps when it was created, when it last changed and a version.
-- An account's last change before now is not known: its last sign-in, else its creation.
alter table account add column updated_at timestamp with time zone;
update account set updated_at = greatest(created_at, coalesce(last_sign_in_at, created_at));
alter table account alter column updated_at set not null;
