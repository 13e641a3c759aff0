-- A programme's monitoring report and its approval (draft, discussed, statements, presented to the council,
-- published). Only the title, the public summary, its easy-to-read version and the recommendations are ever
-- published; sections, the findings per department (confidential feedback) and the statements stay with the city.
create table monitoring_report (
    programme_id uuid primary key references monitoring_programme (id),
    city_id uuid not null,
    title varchar(300) not null,
    public_summary text,
    easy_to_read text,
    stage varchar(16) not null,
    statements_due date,
    presented_on date,
    council_decision varchar(2000),
    published_at timestamp with time zone,
    version bigint not null
);
create index monitoring_report_city on monitoring_report (city_id, stage);

create table monitoring_report_section (
    programme_id uuid not null references monitoring_report (programme_id),
    position integer not null,
    heading varchar(300) not null,
    body text not null,
    primary key (programme_id, position)
);

create table monitoring_report_finding (
    programme_id uuid not null references monitoring_report (programme_id),
    position integer not null,
    department_id uuid not null,
    body text not null,
    primary key (programme_id, position)
);

create table monitoring_report_recommendation (
    programme_id uuid not null references monitoring_report (programme_id),
    position integer not null,
    body text not null,
    addressee_id uuid,
    addressee_body varchar(300),
    follow_up_contact varchar(300) not null,
    due_on date not null,
    primary key (programme_id, position)
);

create table monitoring_report_statement (
    programme_id uuid not null references monitoring_report (programme_id),
    position integer not null,
    department_id uuid not null,
    body text not null,
    divergent boolean not null,
    recorded_at timestamp with time zone not null,
    primary key (programme_id, position)
);
