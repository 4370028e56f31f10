-- The audit log: who did what, when, from where, to which object, with the state before and after
-- a change. Every module writes to it through platform.audit.AuditLog; nothing ever changes or
-- removes a row (see the triggers below and docs/operations.md on archiving).
create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamp with time zone not null,
    -- A snapshot of the person: the row keeps its meaning if the account changes later. No foreign
    -- key: the log belongs to no module's tables and outlives what it describes.
    account_id     bigint,
    account_email  varchar(320),
    account_name   varchar(120),
    address        varchar(64),
    module         varchar(40) not null,
    action         varchar(60) not null,
    object_type    varchar(40) not null,
    object_id      varchar(100),
    -- JSON objects as text, in the order they were written.
    before_state   text,
    after_state    text,
    detail         text
);
create index audit_entry_at_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_email_idx on audit_entry (lower(account_email), occurred_at desc);
create index audit_entry_action_idx on audit_entry (action, occurred_at desc);
create index audit_entry_module_idx on audit_entry (module, occurred_at desc);
create index audit_entry_object_idx on audit_entry (object_type, object_id, occurred_at desc);

-- Append-only: an update, a delete or a truncate fails, whoever asks, the portal's own role
-- included. (The table's owner could drop the triggers; see docs/operations.md.)
create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
