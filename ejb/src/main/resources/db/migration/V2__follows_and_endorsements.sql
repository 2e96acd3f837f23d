-- Employees follow each other and endorse each other's declared expertise.

create table employee_follow (
    follower_id bigint                   not null references employee (id),
    followed_id bigint                   not null references employee (id),
    followed_at timestamp with time zone not null,
    primary key (follower_id, followed_id)
);
create index employee_follow_followed_idx on employee_follow (followed_id);

create table endorsement (
    endorser_id bigint                   not null references employee (id),
    employee_id bigint                   not null,
    tag         varchar(80)              not null,
    endorsed_at timestamp with time zone not null,
    primary key (endorser_id, employee_id, tag),
    foreign key (employee_id, tag) references employee_expertise (employee_id, tag) on delete cascade
);
create index endorsement_expertise_idx on endorsement (employee_id, tag);
