-- Colleagues answer posts: one reaction each per post (changeable) and comments with one level of replies.

create table post_reaction (
    post_id     bigint                   not null references post (id) on delete cascade,
    employee_id bigint                   not null references employee (id),
    kind        varchar(16)              not null,
    reacted_at  timestamp with time zone not null,
    primary key (post_id, employee_id)
);

create sequence post_comment_seq increment by 50;

create table post_comment (
    id         bigint                   not null primary key,
    post_id    bigint                   not null references post (id) on delete cascade,
    parent_id  bigint references post_comment (id) on delete cascade,
    author_id  bigint                   not null references employee (id),
    body_html  varchar(40000)           not null,
    body_text  varchar(10000)           not null,
    created_at timestamp with time zone not null
);
create index post_comment_post_idx on post_comment (post_id, created_at);
