-- A city's monitoring programmes (toolkit, chapter "Monitoring"): the kind is a code of the monitoring-kinds
-- framework and the topics codes of monitoring-topics (data files, not enums); the indicators it follows are the
-- indicator module's, referenced by id only (the monitoring module asks the indicator module whether they are the
-- city's indicators on their own).
create table monitoring_programme (
    id uuid primary key,
    city_id uuid not null,
    kind varchar(80) not null,
    title varchar(300) not null,
    decision_body varchar(300),
    decision_date date,
    decision_document varchar(1000),
    mandate text,
    budget_currency varchar(3) not null,
    collected_by varchar(16) not null,
    institution varchar(300),
    monitoring_cycle varchar(16) not null,
    set_up_at timestamp with time zone not null,
    version bigint not null
);
create index monitoring_programme_city on monitoring_programme (city_id);

create table monitoring_programme_topic (
    programme_id uuid not null references monitoring_programme (id),
    topic varchar(80) not null,
    primary key (programme_id, topic)
);

create table monitoring_programme_indicator (
    programme_id uuid not null references monitoring_programme (id),
    indicator_id uuid not null,
    primary key (programme_id, indicator_id)
);

create table monitoring_budget (
    programme_id uuid not null references monitoring_programme (id),
    budget_year integer not null,
    staff_positions numeric(9, 2),
    external_services numeric(19, 2),
    primary key (programme_id, budget_year)
);
