-- The actions of accepted reports, one row each, written when the secretariat accepts a report. Reviews, good
-- practices and statistics refer to them and count them without reading every report's JSON snapshot; the snapshot
-- stays the record of what was submitted.
create table accepted_action (
    id uuid primary key,
    report_id uuid not null references city_report (id),
    version_number integer not null,
    cycle_id uuid not null references report_cycle (id),
    network_id uuid not null,
    city_id uuid not null,
    title varchar(300) not null,
    commitment varchar(100),
    track varchar(100),
    language varchar(10) not null,
    accepted_at timestamp with time zone not null
);
create index accepted_action_cycle on accepted_action (cycle_id);
create index accepted_action_network on accepted_action (network_id);
create index accepted_action_report on accepted_action (report_id);

create table accepted_action_field (
    action_id uuid not null references accepted_action (id),
    field varchar(100) not null,
    primary key (action_id, field)
);
