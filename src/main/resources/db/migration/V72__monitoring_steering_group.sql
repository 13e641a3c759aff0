-- A programme's steering group: its mandate, its members (never deleted: a member leaves on a date, and a successor
-- names whom they succeed) and its meetings, whose minutes are internal documents.
alter table monitoring_programme add column steering_mandate text;

create table monitoring_steering_member (
    id uuid primary key,
    programme_id uuid not null references monitoring_programme (id),
    name varchar(200) not null,
    organisation varchar(300),
    member_role varchar(200),
    actor_group varchar(80) not null,
    joined_on date not null,
    left_on date,
    succeeds_id uuid
);
create index monitoring_steering_member_programme on monitoring_steering_member (programme_id);

create table monitoring_steering_meeting (
    id uuid primary key,
    programme_id uuid not null references monitoring_programme (id),
    held_on date not null,
    participants varchar(2000),
    minutes text not null,
    recorded_at timestamp with time zone not null
);
create index monitoring_steering_meeting_programme on monitoring_steering_meeting (programme_id);
