-- Executives' video blogs. A video is a post of kind VIDEO (its comments, reactions, moderation and search are the
-- feed's) with the film itself: the video row shares the post's id, and its bytes are a file in the media directory.
create table video (
    post_id       bigint primary key references post (id) on delete cascade,
    title         varchar(200)             not null,
    file_name     varchar(255)             not null,
    media_type    varchar(40)              not null,
    size_bytes    bigint                   not null,
    duration_ms   bigint,
    has_poster    boolean                  not null,
    captions_vtt  text,
    uploaded_by   bigint                   not null references employee (id),
    published_at  timestamp with time zone not null
);
create index video_published_idx on video (published_at desc);

-- An upload in progress, received in pieces so that none is ever larger than a request may be; the bytes so far are
-- incoming/<id>.part in the media directory. Nothing is published until every byte is there.
create table video_upload (
    id           varchar(36)              primary key,
    uploader_id  bigint                   not null references employee (id),
    file_name    varchar(255)             not null,
    size_bytes   bigint                   not null,
    started_at   timestamp with time zone not null
);
create index video_upload_started_idx on video_upload (started_at);

-- One playback: started when the viewer presses play, with how much of the film they watched so far.
create sequence video_view_seq start with 1 increment by 50;
create table video_view (
    id          bigint primary key,
    video_id    bigint                   not null references video (post_id) on delete cascade,
    viewer_id   bigint                   not null references employee (id),
    started_at  timestamp with time zone not null,
    watched_ms  bigint                   not null
);
create index video_view_video_idx on video_view (video_id);

-- Employees who want to hear of an executive's new videos.
create table video_subscription (
    executive_id  bigint not null references employee (id),
    subscriber_id bigint not null references employee (id),
    primary key (executive_id, subscriber_id)
);
create index video_subscription_subscriber_idx on video_subscription (subscriber_id);

-- Colleagues an executive lets publish videos on their channel, such as a chief of staff.
create table video_delegate (
    executive_id bigint not null references employee (id),
    delegate_id  bigint not null references employee (id),
    primary key (executive_id, delegate_id)
);
create index video_delegate_delegate_idx on video_delegate (delegate_id);
