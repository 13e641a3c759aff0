-- Network reporting: cycles a network's secretariat opens, the cities taking part, each city's report for a cycle
-- and the frozen snapshot of every submission. A report's content (Level 1 copy, reported actions, explanations)
-- is JSON: it is always read and written whole, and a snapshot must keep exactly what was submitted.
create table report_cycle (
    id uuid primary key,
    network_id uuid not null,
    name varchar(200) not null,
    period_from date not null,
    period_to date not null,
    deadline date not null,
    framework varchar(160) not null,
    criteria varchar(160) not null,
    opened_at timestamp with time zone not null,
    version bigint not null
);
create index report_cycle_network on report_cycle (network_id);

create table report_cycle_city (
    cycle_id uuid not null references report_cycle (id),
    city_id uuid not null,
    primary key (cycle_id, city_id)
);

create table city_report (
    id uuid primary key,
    cycle_id uuid not null references report_cycle (id),
    city_id uuid not null,
    status varchar(20) not null,
    language varchar(10) not null,
    content text not null,
    created_at timestamp with time zone not null,
    status_changed_at timestamp with time zone not null,
    version bigint not null,
    constraint city_report_once unique (cycle_id, city_id)
);
create index city_report_city on city_report (city_id);

create table city_report_version (
    id uuid primary key,
    report_id uuid not null references city_report (id),
    number integer not null,
    content text not null,
    submitted_at timestamp with time zone not null,
    outcome varchar(20),
    decided_at timestamp with time zone,
    comments text,
    constraint city_report_version_once unique (report_id, number)
);
