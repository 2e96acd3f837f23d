-- Posts have kinds: a question takes an accepted answer, a poll takes votes until it closes, an announcement
-- is pinned (company-wide when it is in no group).
alter table post add column kind varchar(12) default 'DISCUSSION' not null;
alter table post add column accepted_comment_id bigint references post_comment (id) on delete set null;
alter table post add column pinned boolean default false not null;
alter table post add column poll_multiple boolean default false not null;
alter table post add column poll_closes_at timestamp with time zone;
create index post_kind_idx on post (kind, accepted_comment_id, created_at desc);
create index post_pinned_idx on post (pinned, group_id);

create sequence poll_option_seq start with 1 increment by 50;
create table poll_option (
    id       bigint primary key,
    post_id  bigint       not null references post (id) on delete cascade,
    position int          not null,
    label    varchar(200) not null
);
create index poll_option_post_idx on poll_option (post_id, position);

create table poll_vote (
    option_id   bigint                   not null references poll_option (id) on delete cascade,
    employee_id bigint                   not null references employee (id),
    post_id     bigint                   not null references post (id) on delete cascade,
    voted_at    timestamp with time zone not null,
    primary key (option_id, employee_id)
);
create index poll_vote_voter_idx on poll_vote (post_id, employee_id);
