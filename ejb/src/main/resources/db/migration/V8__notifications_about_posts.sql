-- Notifications about a post (comments, replies, reactions) open that post.

alter table notification add column post_id bigint references post (id) on delete cascade;
