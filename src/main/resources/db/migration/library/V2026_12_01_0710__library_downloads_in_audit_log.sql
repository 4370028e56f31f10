-- The download log of restricted documents becomes a view of the audit log: the rows recorded so
-- far move there, and the screen reads the view with the columns the table had.
insert into audit_entry (occurred_at, account_id, account_email, account_name, address, module,
                         action, object_type, object_id, detail)
select l.downloaded_at, l.account_id, l.account_email, l.account_name, null, 'library',
       'DOCUMENT_DOWNLOADED', 'document', l.document_id::text,
       json_build_object('version', l.version_number, 'accessLevel', l.access_level)::text
from library_download l
order by l.downloaded_at, l.id;

drop table library_download;

create view library_download as
select a.id,
       case when a.object_id ~ '^[0-9]+$' then a.object_id::bigint end as document_id,
       (a.detail::json ->> 'version')::integer as version_number,
       a.account_id,
       a.account_email,
       a.account_name,
       a.detail::json ->> 'accessLevel' as access_level,
       a.occurred_at as downloaded_at
from audit_entry a
where a.action = 'DOCUMENT_DOWNLOADED';
