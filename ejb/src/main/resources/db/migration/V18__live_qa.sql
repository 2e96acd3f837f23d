-- Live Q&A: an executive's scheduled session, the questions asked in it, one vote per employee and question, and
-- the numbered changes that open pages replay when they reconnect. The video a session links to is not a foreign
-- key: a session may name a recording before it is uploaded.
create sequence qa_session_seq start with 1 increment by 50;
create table qa_session (
    id                bigint primary key,
    host_id           bigint                   not null references employee (id),
    title             varchar(200)             not null,
    description       varchar(4000),
    starts_at         timestamp with time zone not null,
    ends_at           timestamp with time zone not null,
    video_id          bigint,
    stream_url        varchar(1000),
    moderated         boolean                  not null default false,
    anonymous_allowed boolean                  not null default false,
    last_seq          bigint                   not null default 0,
    created_at        timestamp with time zone not null,
    version           bigint                   not null default 0
);
create index qa_session_host on qa_session (host_id, starts_at desc);
create index qa_session_when on qa_session (ends_at, starts_at);

-- The asker is kept even for anonymous questions, for the audit trail; pages, the API and search never show it.
create sequence qa_question_seq start with 1 increment by 50;
create table qa_question (
    id             bigint primary key,
    session_id     bigint                   not null references qa_session (id) on delete cascade,
    asker_id       bigint                   not null references employee (id),
    anonymous      boolean                  not null default false,
    body           varchar(1000)            not null,
    state          varchar(12)              not null,
    merged_into_id bigint references qa_question (id),
    votes          integer                  not null default 0,
    answer_text    varchar(4000),
    asked_at       timestamp with time zone not null,
    answered_at    timestamp with time zone
);
create index qa_question_session on qa_question (session_id, state, votes desc, asked_at);

create table qa_vote (
    question_id bigint                   not null references qa_question (id) on delete cascade,
    voter_id    bigint                   not null references employee (id),
    voted_at    timestamp with time zone not null,
    primary key (question_id, voter_id)
);

-- What every attendee is told (payload) and, when it differs, what moderators are told (moderator_payload).
create table qa_event (
    session_id        bigint                   not null references qa_session (id) on delete cascade,
    seq               bigint                   not null,
    payload           varchar(65536)           not null,
    moderator_payload varchar(65536),
    occurred_at       timestamp with time zone not null,
    primary key (session_id, seq)
);
