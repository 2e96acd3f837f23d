-- Expertise tags merged by an administrator: an alias ("k8s") now stands for its canonical tag ("kubernetes").

create table expertise_alias (
    alias     varchar(80)              not null primary key,
    canonical varchar(80)              not null,
    merged_at timestamp with time zone not null
);
create index expertise_alias_canonical_idx on expertise_alias (canonical);
