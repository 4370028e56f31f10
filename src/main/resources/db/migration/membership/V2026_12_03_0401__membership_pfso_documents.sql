-- The supporting document of a request (a letter of appointment): its bytes in the database, as the
-- library keeps its files, so that backups and every instance see it. Only those who decide read
-- it; it is deleted a year after the decision (delete_after, set when the request is decided).
create table pfso_document (
    request_id   bigint primary key references pfso_request (id) on delete cascade,
    media_type   varchar(40) not null,
    file_name    varchar(200) not null,
    size_bytes   bigint not null,
    sha256       varchar(64) not null,
    content      bytea not null,
    uploaded_at  timestamptz not null,
    delete_after timestamptz,
    constraint pfso_document_size check (size_bytes = octet_length(content))
);

create index pfso_document_delete_after on pfso_document (delete_after) where delete_after is not null;
