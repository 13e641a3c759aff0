-- Step 12 of a plan: a yearly follow-up and a final assessment, with per action the method of assessment (a code of
-- the assessment-methods data file), the findings, what the indicators show and the lessons learnt; and when the
-- plan is due for review. Plan and actions are referenced by id only (the plan module says whether they belong).
create table plan_assessment (
    id uuid primary key,
    plan_id uuid not null,
    city_id uuid not null,
    kind varchar(16) not null,
    assessment_year integer not null,
    language varchar(8) not null,
    summary text,
    assessed_on date not null,
    version bigint not null,
    constraint plan_assessment_once unique (plan_id, kind, assessment_year)
);
create index plan_assessment_city on plan_assessment (city_id);

create table plan_assessment_action (
    assessment_id uuid not null references plan_assessment (id),
    position integer not null,
    action_id uuid not null,
    method varchar(80),
    findings text,
    indicators text,
    lessons text,
    primary key (assessment_id, position)
);

create table plan_review (
    plan_id uuid primary key,
    city_id uuid not null,
    every_years integer not null,
    version bigint not null
);
