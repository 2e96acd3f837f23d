-- Repeated wrong passwords lock an account for a while; the login realm refuses a locked account too.
alter table account add column failed_sign_ins integer not null default 0;
alter table account add column locked_until timestamp with time zone;
alter table account add column password_changed_at timestamp with time zone;

-- Personal access tokens for the REST API and provisioning tokens for SCIM. Only a SHA-256 digest of the secret
-- is kept: the secret is shown once, when it is made.
create sequence access_token_seq start with 1 increment by 50;
create table access_token (
    id           bigint primary key,
    account_id   bigint                   not null references account (id),
    name         varchar(80)              not null,
    scope        varchar(10)              not null,
    token_digest varchar(64)              not null unique,
    hint         varchar(12)              not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create index access_token_account on access_token (account_id);

-- Security-relevant events, newest first for administrators. Names are copied, not referenced: the log outlives
-- renames and leavers.
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id             bigint primary key,
    occurred_at    timestamp with time zone not null,
    action         varchar(40)              not null,
    actor          varchar(80),
    subject        varchar(200),
    details        varchar(1000),
    remote_address varchar(64)
);
create index audit_event_recent on audit_event (occurred_at desc, id desc);
create index audit_event_action on audit_event (action, occurred_at desc);
