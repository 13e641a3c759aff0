-- The follow-up of a published report's recommendations (toolkit, chapter "Monitoring", step "Follow-up"): each
-- recommendation of the report (by its position, fixed once the report was presented) gets a status, yearly
-- follow-up entries by one of the chapter's methods (codes of the monitoring-follow-up-methods data file), and may
-- become an action of the city's action plan (the plan module's ids, referenced only).
create table monitoring_recommendation (
    id uuid primary key,
    programme_id uuid not null references monitoring_report (programme_id),
    city_id uuid not null,
    position integer not null,
    status varchar(16) not null,
    reason varchar(2000),
    plan_id uuid,
    action_id uuid,
    published_on date not null,
    version bigint not null,
    unique (programme_id, position)
);
create index monitoring_recommendation_city on monitoring_recommendation (city_id, status);

create table monitoring_follow_up (
    id uuid primary key,
    recommendation_id uuid not null references monitoring_recommendation (id),
    held_on date not null,
    method varchar(80) not null,
    notes text not null,
    recorded_at timestamp with time zone not null
);
create index monitoring_follow_up_recommendation on monitoring_follow_up (recommendation_id, held_on);

-- Editions over time: the next edition of a programme starts from the previous one.
alter table monitoring_programme add column edition integer not null default 1;
alter table monitoring_programme add column previous_id uuid references monitoring_programme (id);
create unique index monitoring_programme_next on monitoring_programme (previous_id);
