-- Moves on every change to a stored session other than its last access time (a new id, new
-- attributes, a session ended): each instance reads it once a second and drops its in-memory
-- copies of sessions when it moved. A sequence, so that writers never wait on a row's lock.
create sequence session_store_version cache 1;
