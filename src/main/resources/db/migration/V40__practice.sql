-- Good practices: written with the intercultural-cities template, submitted by a city or nominated from an action of
-- an accepted report, reviewed, and designated (then public) or not. Fields of action and of activity are their own
-- tables because the library filters by them.
create table good_practice (
    id uuid primary key,
    city_id uuid not null,
    network_id uuid not null,
    status varchar(20) not null,
    reported_action_id uuid unique,
    report_id uuid,
    cycle_id uuid,
    language varchar(10) not null,
    title varchar(300) not null,
    department varchar(500),
    contact varchar(500),
    main_purpose varchar(2000),
    implementation_period varchar(200),
    purpose text,
    rationale text,
    process text,
    impact text,
    reference_documents text,
    commitment varchar(100),
    track varchar(100),
    year_value integer,
    submitted_at timestamp with time zone not null,
    status_changed_at timestamp with time zone not null,
    decided_at timestamp with time zone,
    version bigint not null
);
create index good_practice_network on good_practice (network_id, status);
create index good_practice_city on good_practice (city_id);
create index good_practice_status on good_practice (status, decided_at);

create table good_practice_field_of_action (
    practice_id uuid not null references good_practice (id),
    code varchar(100) not null,
    primary key (practice_id, code)
);
create index good_practice_field_of_action_code on good_practice_field_of_action (code);

create table good_practice_field_of_activity (
    practice_id uuid not null references good_practice (id),
    code varchar(100) not null,
    primary key (practice_id, code)
);
create index good_practice_field_of_activity_code on good_practice_field_of_activity (code);
