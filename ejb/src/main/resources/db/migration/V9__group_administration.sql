-- Owners archive groups, employees ask to join private groups and owners invite colleagues.
alter table community_group add column archived_at timestamp with time zone;

create table group_join_request (
    group_id      bigint                   not null references community_group (id) on delete cascade,
    employee_id   bigint                   not null references employee (id),
    kind          varchar(10)              not null,
    invited_by_id bigint references employee (id),
    created_at    timestamp with time zone not null,
    primary key (group_id, employee_id)
);
create index group_join_request_employee_idx on group_join_request (employee_id);

-- Notices about a group (an invitation, a request to join) open the group.
alter table notification add column group_id bigint references community_group (id) on delete cascade;
create index notification_group_idx on notification (group_id);
