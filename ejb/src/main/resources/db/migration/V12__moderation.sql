-- Anyone reports a post or a comment; moderators hide it (kept, with the reason, for its author) or dismiss the
-- reports; every decision is recorded.
alter table post add column hidden_reason varchar(500);
alter table post add column hidden_at timestamp with time zone;
alter table post_comment add column hidden_reason varchar(500);
alter table post_comment add column hidden_at timestamp with time zone;

create sequence content_report_seq start with 1 increment by 50;
create table content_report (
    id          bigint primary key,
    post_id     bigint                   not null references post (id) on delete cascade,
    comment_id  bigint references post_comment (id) on delete cascade,
    reporter_id bigint                   not null references employee (id),
    reason      varchar(500)             not null,
    created_at  timestamp with time zone not null,
    resolved_at timestamp with time zone
);
create index content_report_open_idx on content_report (resolved_at, created_at);
create index content_report_post_idx on content_report (post_id);

create sequence moderation_action_seq start with 1 increment by 50;
create table moderation_action (
    id           bigint primary key,
    moderator_id bigint                   not null references employee (id),
    action       varchar(10)              not null,
    post_id      bigint,
    comment_id   bigint,
    author_id    bigint                   not null references employee (id),
    reason       varchar(500),
    excerpt      varchar(300)             not null,
    taken_at     timestamp with time zone not null
);
create index moderation_action_taken_idx on moderation_action (taken_at desc);
