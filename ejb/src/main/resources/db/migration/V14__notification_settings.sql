-- What each employee wants to hear about, and where: in the bell, in the daily e-mail digest. No row means the
-- defaults (everything on); a row exists once the employee changes something or receives a first digest.
create table notification_settings (
    employee_id    bigint                   not null primary key references employee (id),
    daily_digest   boolean                  not null,
    -- claimed by the node that sends the digest, in the same statement that checks it: never two digests at once
    last_digest_at timestamp with time zone
);

-- Categories switched off, one row each: in the bell, and in the e-mail digest.
create table notification_off_in_app (
    employee_id bigint      not null references notification_settings (employee_id) on delete cascade,
    category    varchar(32) not null,
    primary key (employee_id, category)
);
create table notification_off_in_digest (
    employee_id bigint      not null references notification_settings (employee_id) on delete cascade,
    category    varchar(32) not null,
    primary key (employee_id, category)
);
