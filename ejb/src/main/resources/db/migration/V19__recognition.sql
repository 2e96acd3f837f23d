-- Recognition: HR's programmes and their badges, and colleagues recognising each other. A recognition is a post of
-- kind RECOGNITION (its comments, reactions, moderation and search are the feed's); the recognition row shares the
-- post's id and says who was recognised with which badge.

-- A post readable by a few only (a recognition shared with the team): its readers' audiences, such as employee-12 or
-- department-Sales. Posts without restriction are read by the rule of their group, as before.
alter table post add column restricted boolean default false not null;
create table post_audience (
    post_id  bigint       not null references post (id) on delete cascade,
    audience varchar(160) not null,
    primary key (post_id, audience)
);

create sequence recognition_programme_seq start with 1 increment by 50;
create table recognition_programme (
    id          bigint primary key,
    name        varchar(120)             not null,
    description varchar(1000),
    starts_on   date                     not null,
    ends_on     date,
    created_at  timestamp with time zone not null,
    version     bigint                   not null default 0
);

create sequence badge_seq start with 1 increment by 50;
create table badge (
    id                bigint primary key,
    programme_id      bigint       not null references recognition_programme (id),
    name              varchar(80)  not null,
    icon              varchar(40)  not null,
    description       varchar(500),
    company_value     varchar(80)  not null,
    givers            varchar(10)  not null,
    monthly_allowance integer,
    picture_version   bigint,
    version           bigint       not null default 0
);
create index badge_programme_idx on badge (programme_id);

-- Milestones (work anniversaries and welcomes) are recognitions too, without a badge or a giver.
create table recognition (
    post_id    bigint primary key references post (id) on delete cascade,
    kind       varchar(12)              not null,
    badge_id   bigint references badge (id),
    giver_id   bigint references employee (id),
    visibility varchar(8)               not null,
    created_at timestamp with time zone not null
);
create index recognition_feed_idx on recognition (created_at desc, post_id desc);
create index recognition_giver_idx on recognition (giver_id, badge_id, created_at);

-- Each person recognised, with their department when they were, so that feeds and statistics need no history.
create table recognition_recipient (
    recognition_id bigint                   not null references recognition (post_id) on delete cascade,
    employee_id    bigint                   not null references employee (id),
    department     varchar(120),
    created_at     timestamp with time zone not null,
    primary key (recognition_id, employee_id)
);
create index recognition_recipient_employee_idx on recognition_recipient (employee_id, created_at);
create index recognition_recipient_department_idx on recognition_recipient (department, created_at desc, recognition_id desc);
create index recognition_recipient_when_idx on recognition_recipient (created_at, department, employee_id);

-- One row per milestone posted (kind, employee, year): the daily job posts each one once, whichever node runs it.
create table milestone (
    kind        varchar(12) not null,
    employee_id bigint      not null references employee (id),
    occasion_year integer   not null,
    post_id     bigint references post (id) on delete set null,
    primary key (kind, employee_id, occasion_year)
);

-- HR switches each kind of milestone on or off; the job locks these rows, so two nodes never run it at once.
create table milestone_setting (
    kind    varchar(12) primary key,
    enabled boolean not null
);
insert into milestone_setting (kind, enabled) values ('ANNIVERSARY', true);
insert into milestone_setting (kind, enabled) values ('WELCOME', true);

-- People who asked to be left out of the top givers and receivers.
create table leaderboard_opt_out (
    employee_id bigint primary key references employee (id)
);
