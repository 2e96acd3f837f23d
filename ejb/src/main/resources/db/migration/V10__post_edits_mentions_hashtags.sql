-- Authors edit their posts (the earlier wording is kept as history) and delete them; posts mention colleagues
-- and carry hashtags.
alter table post add column edited_at timestamp with time zone;
-- what the author typed, offered again when they edit; never rendered as markup
alter table post add column body_source varchar(20000);

create sequence post_revision_seq start with 1 increment by 50;
create table post_revision (
    id         bigint primary key,
    post_id    bigint                   not null references post (id) on delete cascade,
    body_html  varchar(40000)           not null,
    written_at timestamp with time zone not null
);
create index post_revision_post_idx on post_revision (post_id, written_at desc);

create table post_mention (
    post_id     bigint not null references post (id) on delete cascade,
    employee_id bigint not null references employee (id),
    primary key (post_id, employee_id)
);
create index post_mention_employee_idx on post_mention (employee_id);

create table post_hashtag (
    post_id bigint      not null references post (id) on delete cascade,
    tag     varchar(80) not null,
    primary key (post_id, tag)
);
create index post_hashtag_tag_idx on post_hashtag (tag, post_id desc);
