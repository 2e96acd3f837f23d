-- Files attached to posts. An upload waits without a post until its author publishes (or abandons) the draft;
-- the bytes live in the media directory, named by the attachment's id.
create sequence post_attachment_seq start with 1 increment by 50;
create table post_attachment (
    id          bigint primary key,
    post_id     bigint references post (id) on delete cascade,
    position    int                      not null,
    uploader_id bigint                   not null references employee (id),
    file_name   varchar(255)             not null,
    media_type  varchar(127)             not null,
    size_bytes  bigint                   not null,
    width       int,
    height      int,
    uploaded_at timestamp with time zone not null
);
create index post_attachment_post_idx on post_attachment (post_id, position);
create index post_attachment_pending_idx on post_attachment (uploader_id, uploaded_at);
