-- Agora's first schema: employees and their accounts, groups, posts and the search outbox.
-- Portable between PostgreSQL and H2 in PostgreSQL mode. Sequences step by 50 to match Hibernate's pooled ids.

create sequence employee_seq start with 1 increment by 50;
create table employee (
    id              bigint primary key,
    employee_number varchar(32)  not null unique,
    full_name       varchar(200) not null,
    email           varchar(254) not null unique,
    title           varchar(200),
    department      varchar(120),
    city            varchar(120),
    country         varchar(120),
    manager_id      bigint references employee (id),
    hire_date       date,
    active          boolean      not null default true,
    version         bigint       not null default 0
);
create index employee_manager_idx on employee (manager_id);

create table employee_expertise (
    employee_id bigint      not null references employee (id),
    tag         varchar(80) not null,
    primary key (employee_id, tag)
);
create index employee_expertise_tag_idx on employee_expertise (tag);

create sequence account_seq start with 1 increment by 50;
create table account (
    id            bigint primary key,
    username      varchar(80)              not null unique,
    password_hash varchar(200)             not null,
    enabled       boolean                  not null default true,
    employee_id   bigint                   not null unique references employee (id),
    created_at    timestamp with time zone not null
);

create table account_role (
    account_id bigint      not null references account (id),
    role_name  varchar(20) not null,
    primary key (account_id, role_name)
);

create sequence community_group_seq start with 1 increment by 50;
create table community_group (
    id          bigint primary key,
    slug        varchar(80)              not null unique,
    name        varchar(120)             not null,
    description varchar(1000),
    visibility  varchar(10)              not null,
    created_at  timestamp with time zone not null,
    version     bigint                   not null default 0
);

create table group_membership (
    group_id    bigint                   not null references community_group (id),
    employee_id bigint                   not null references employee (id),
    role        varchar(10)              not null,
    joined_at   timestamp with time zone not null,
    primary key (group_id, employee_id)
);
create index group_membership_employee_idx on group_membership (employee_id);

create sequence post_seq start with 1 increment by 50;
create table post (
    id         bigint primary key,
    author_id  bigint                   not null references employee (id),
    group_id   bigint references community_group (id),
    body_html  varchar(40000)           not null,
    body_text  varchar(10000)           not null,
    created_at timestamp with time zone not null,
    version    bigint                   not null
);
create index post_feed_idx on post (created_at desc, id desc);
create index post_group_feed_idx on post (group_id, created_at desc, id desc);
create index post_author_idx on post (author_id);

create sequence search_outbox_seq start with 1 increment by 50;
create table search_outbox (
    id               bigint primary key,
    index_name       varchar(40)              not null,
    document_id      varchar(80)              not null,
    document_version bigint                   not null,
    operation        varchar(10)              not null,
    payload          varchar(1000000),
    created_at       timestamp with time zone not null,
    attempts         integer                  not null default 0,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(1000)
);
create index search_outbox_due_idx on search_outbox (next_attempt_at, id);
