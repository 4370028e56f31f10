-- Event registrations that wait for the secretariat's approval are one more kind of waiting work.
alter table notification_choice drop constraint notification_choice_kind_known;
alter table notification_choice add constraint notification_choice_kind_known
    check (kind in ('PLAN','PIECE','APPLICATION','PFSO_REQUEST','REGISTRATION'));
