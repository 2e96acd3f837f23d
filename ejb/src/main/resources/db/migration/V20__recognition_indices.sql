-- HR's statistics for a year read half a million recognitions and more recipients. These indices hold every column
-- those queries read, so PostgreSQL answers them from the index alone instead of reading the tables.
create index recognition_when_idx on recognition (created_at, badge_id, giver_id);
drop index recognition_recipient_when_idx;
create index recognition_recipient_when_idx on recognition_recipient (created_at, department, employee_id, recognition_id);
-- Milestones (no badge) are the few recognitions the statistics leave out.
create index recognition_badge_idx on recognition (badge_id, post_id);
