-- A city's self-assessment against an assessment framework (a framework whose data file declares an answer scale):
-- per key factor the answers to its guide questions, the judgement on the scale, an explanation and the context
-- factors that explain it; the evidence (documents, or the city's plan actions, indicators and monitoring reports,
-- referenced by id only: their modules say whether they belong to the city); and the development plan's priority
-- actions, each of which may become an action of the city's plan. Framework, key factor, level and evidence kind
-- are codes of the framework's data file.
create table self_assessment (
    id uuid primary key,
    city_id uuid not null,
    framework varchar(200) not null,
    title varchar(300) not null,
    state varchar(16) not null,
    started_on date not null,
    signed_off_at timestamp with time zone,
    signed_off_by uuid,
    shared boolean not null,
    version bigint not null
);
create index self_assessment_city on self_assessment (city_id, framework);

create table self_assessment_factor (
    id uuid primary key,
    assessment_id uuid not null references self_assessment (id),
    factor varchar(100) not null,
    position integer not null,
    judgement varchar(40),
    explanation text,
    version bigint not null,
    constraint self_assessment_factor_once unique (assessment_id, factor)
);

create table self_assessment_answer (
    factor_id uuid not null references self_assessment_factor (id),
    question integer not null,
    answer text not null,
    primary key (factor_id, question)
);

create table self_assessment_context (
    factor_id uuid not null references self_assessment_factor (id),
    position integer not null,
    context_factor varchar(100) not null,
    primary key (factor_id, position)
);

create table self_assessment_evidence (
    id uuid primary key,
    assessment_id uuid not null references self_assessment (id),
    factor varchar(100) not null,
    source varchar(24) not null,
    kind varchar(80),
    title varchar(300) not null,
    link varchar(2000),
    plan_id uuid,
    item_id uuid,
    added_on date not null
);
create index self_assessment_evidence_of on self_assessment_evidence (assessment_id);

create table self_assessment_development (
    id uuid primary key,
    assessment_id uuid not null references self_assessment (id),
    factor varchar(100) not null,
    title varchar(300) not null,
    horizon varchar(16) not null,
    owner varchar(300),
    due date,
    plan_id uuid,
    plan_action_id uuid,
    version bigint not null
);
create index self_assessment_development_of on self_assessment_development (assessment_id);
