-- Indicators measure what a plan promises: on a commitment, an action, or on their own (for monitoring). Plan
-- objects are referenced by id only (the indicator module asks the plan module whether they belong to the city).
-- Breakdown dimensions are framework versions (data files); cells name the dimension's framework id and a category
-- code, and the total is a cell of its own (dimension and category 'total'), never an empty breakdown.
create table indicator (
    id uuid primary key,
    city_id uuid not null,
    plan_id uuid,
    commitment_id uuid,
    action_id uuid,
    kind varchar(16) not null,
    name varchar(300) not null,
    definition text,
    language varchar(8) not null,
    unit varchar(16) not null,
    rate_base integer,
    currency varchar(3),
    direction varchar(24) not null,
    numerator_id uuid references indicator (id),
    denominator_id uuid references indicator (id),
    factor numeric(19, 6),
    data_source text,
    method text,
    frequency varchar(16) not null,
    department_id uuid,
    baseline_value numeric(19, 6),
    baseline_on date,
    baseline_source text,
    to_complete boolean not null,
    version bigint not null
);
create index indicator_city on indicator (city_id);
create index indicator_plan on indicator (plan_id);

create table indicator_breakdown (
    indicator_id uuid not null references indicator (id),
    position integer not null,
    dimension varchar(80) not null,
    primary key (indicator_id, position)
);

create table indicator_target (
    indicator_id uuid not null references indicator (id),
    due_on date not null,
    target_value numeric(19, 6) not null,
    upper_value numeric(19, 6),
    primary key (indicator_id, due_on)
);

create table indicator_observation (
    id uuid primary key,
    indicator_id uuid not null references indicator (id),
    period varchar(7) not null,
    dimension varchar(80) not null,
    category varchar(60) not null,
    observed_value numeric(19, 6),
    status varchar(16) not null,
    constraint indicator_observation_once unique (indicator_id, period, dimension, category)
);

create table indicator_period_lock (
    id uuid primary key,
    indicator_id uuid not null references indicator (id),
    period varchar(7) not null,
    locked_at timestamp with time zone not null,
    locked_by varchar(200) not null,
    constraint indicator_period_lock_once unique (indicator_id, period)
);

-- What happened to an indicator's figures: entries, imports, locks and unlocks (with the reason).
create table indicator_history (
    id uuid primary key,
    indicator_id uuid not null references indicator (id),
    at timestamp with time zone not null,
    actor varchar(200) not null,
    kind varchar(24) not null,
    period varchar(7),
    detail text
);
create index indicator_history_indicator on indicator_history (indicator_id, at);
