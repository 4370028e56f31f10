create table account (
    id                bigint generated always as identity primary key,
    email             varchar(254) not null unique,
    display_name      varchar(120) not null,
    organisation      varchar(160),
    country_code      varchar(2) not null references member_state (code),
    role              varchar(20) not null,
    port_facility     varchar(160),
    password_hash     varchar(255) not null,
    email_verified_at timestamp with time zone,
    enabled           boolean not null default true,
    language          varchar(5) not null,
    totp_secret       varchar(64),
    totp_enabled      boolean not null default false,
    totp_last_step    bigint,
    created_at        timestamp with time zone not null,
    last_sign_in_at   timestamp with time zone,
    version           bigint not null default 0,
    constraint account_role_known check (role in ('USER','ASSOCIATE','DELEGATE','PFSO','EDITOR','ADMIN')),
    constraint account_email_lower check (email = lower(email))
);
create index account_role_idx on account (role);
create index account_country_idx on account (country_code);

create table account_token (
    id          bigint generated always as identity primary key,
    account_id  bigint not null references account (id) on delete cascade,
    purpose     varchar(20) not null,
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index account_token_account_idx on account_token (account_id, purpose);

create table recovery_code (
    id          bigint generated always as identity primary key,
    account_id  bigint not null references account (id) on delete cascade,
    code_hash   varchar(64) not null,
    used_at     timestamp with time zone
);
create index recovery_code_account_idx on recovery_code (account_id);

-- Failed sign-ins per account and per address, shared by every instance.
create table sign_in_throttle (
    throttle_key      varchar(300) primary key,
    failures          int not null,
    window_started_at timestamp with time zone not null
);
