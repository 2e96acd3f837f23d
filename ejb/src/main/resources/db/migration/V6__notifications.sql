-- What happened to an employee that they should hear about: read in the bell, newest first.

create sequence notification_seq increment by 50;

create table notification (
    id           bigint                   not null primary key,
    recipient_id bigint                   not null references employee (id),
    kind         varchar(32)              not null,
    actor_id     bigint                   references employee (id),
    detail       varchar(200),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone
);
create index notification_recipient_idx on notification (recipient_id, created_at desc);
