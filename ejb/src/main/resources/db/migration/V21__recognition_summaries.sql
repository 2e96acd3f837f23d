-- HR's statistics count whole past months from these summaries instead of reading every recognition again: a
-- month's figures by company value, department, giver and person recognised (label: the value, the department or
-- the employee's id). A past month no longer changes, except when a recognition is deleted, which drops its summary.
create table recognition_summary (
    month_start date       not null,
    dimension varchar(10)  not null,
    label     varchar(160) not null,
    tally     bigint       not null,
    primary key (month_start, dimension, label)
);

-- The months summarised so far; summarising one takes this table's lock row first, so it happens once.
create table recognition_summarised_month (
    month_start    date primary key,
    summarised_at  timestamp with time zone not null
);
create table recognition_summary_lock (
    id integer primary key
);
insert into recognition_summary_lock (id) values (1);
