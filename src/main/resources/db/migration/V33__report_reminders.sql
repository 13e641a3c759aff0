-- The deadline reminders mailed to a participating city's coordinators: one row per cycle, city and kind, so that
-- each reminder goes out once however often the daily job runs, and the secretariat sees who was reminded when.
create table report_reminder (
    id uuid primary key,
    cycle_id uuid not null references report_cycle (id),
    city_id uuid not null,
    kind varchar(20) not null,
    sent_at timestamp with time zone not null,
    recipients integer not null,
    constraint report_reminder_once unique (cycle_id, city_id, kind)
);
create index report_reminder_cycle on report_reminder (cycle_id);
