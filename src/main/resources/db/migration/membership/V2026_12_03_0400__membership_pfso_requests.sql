-- Requests to be verified as a Port Facility Security Officer, and the verifications they become.
-- A request is PENDING until the country's delegates or the secretariat decide it: APPROVED (in
-- force until valid_until, the last day), DECLINED (with the reason the person was sent). An
-- approved verification becomes EXPIRED the day after valid_until, or RENEWED when a later request
-- that renews it is approved.
create table pfso_request (
    id                  bigserial primary key,
    account_id          bigint not null references account (id) on delete cascade,
    country_code        varchar(2) not null references member_state (code),
    port                varchar(50) not null,
    facility_name       varchar(100) not null,
    -- The IMO (GISIS) port facility number where the person knows it: the port's UN/LOCODE and
    -- four digits, such as BRSSZ-0001.
    imo_facility_number varchar(10),
    position            varchar(120) not null,
    employer            varchar(200) not null,
    language            varchar(2) not null,
    state               varchar(10) not null default 'PENDING',
    requested_at        timestamptz not null,
    decided_by          bigint references account (id) on delete set null,
    decided_at          timestamptz,
    reason              varchar(2000),
    valid_until         date,
    reminded_at         timestamptz,
    renewal_of          bigint references pfso_request (id) on delete set null,
    constraint pfso_request_state_known
        check (state in ('PENDING', 'APPROVED', 'DECLINED', 'EXPIRED', 'RENEWED')),
    constraint pfso_request_decided
        check ((state = 'PENDING') = (decided_at is null)),
    constraint pfso_request_approved_has_validity
        check (state not in ('APPROVED', 'EXPIRED', 'RENEWED') or valid_until is not null),
    constraint pfso_request_declined_has_reason
        check (state <> 'DECLINED' or reason is not null)
);

-- One request waiting at a time for each person.
create unique index pfso_request_one_pending on pfso_request (account_id) where state = 'PENDING';
create index pfso_request_country_state on pfso_request (country_code, state);
create index pfso_request_account on pfso_request (account_id, requested_at desc);
create index pfso_request_valid_until on pfso_request (valid_until) where state = 'APPROVED';
