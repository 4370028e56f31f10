-- The secretariat's queue lists events with registrations waiting for approval.
create index event_registration_pending_idx on event_registration (event_id, registered_at)
    where status = 'PENDING';
