-- The data a monitoring programme collects besides information requests: each dataset records why it is held
-- (purpose, legal basis, consent method), how long (retention in months) and who may see it, so that a scheduled
-- job deletes its records once past retention and the data protection officer can list what is held.
create table collection_dataset (
    id uuid primary key,
    city_id uuid not null,
    programme_id uuid not null references monitoring_programme (id),
    kind varchar(24) not null,
    title varchar(300) not null,
    purpose varchar(2000) not null,
    legal_basis varchar(1000) not null,
    consent_method varchar(1000),
    dimension varchar(80),
    retention_months integer not null,
    audience varchar(24) not null,
    created_on date not null,
    version bigint not null
);
create index collection_dataset_programme on collection_dataset (programme_id);
create index collection_dataset_city on collection_dataset (city_id);

-- Round tables and interviews: who took part is counted by actor group, never named.
create table collection_conversation (
    id uuid primary key,
    dataset_id uuid not null references collection_dataset (id),
    conversation_kind varchar(16) not null,
    held_on date not null,
    notes text not null
);
create index collection_conversation_dataset on collection_conversation (dataset_id);

create table collection_conversation_participants (
    conversation_id uuid not null references collection_conversation (id),
    actor_group varchar(80) not null,
    participants integer not null,
    primary key (conversation_id, actor_group)
);

create table collection_conversation_issue (
    conversation_id uuid not null references collection_conversation (id),
    position integer not null,
    issue varchar(1000) not null,
    primary key (conversation_id, position)
);

-- Staff diversity: counts per department, grade and category of one breakdown dimension, never a person.
create table collection_staff_figure (
    id uuid primary key,
    dataset_id uuid not null references collection_dataset (id),
    reference_year integer not null,
    department_id uuid not null,
    grade varchar(80) not null,
    category varchar(80) not null,
    staff integer not null,
    unique (dataset_id, reference_year, department_id, grade, category)
);

-- Incidents from anti-discrimination offices and counselling services, anonymised at entry: codes only.
create table collection_incident (
    id uuid primary key,
    dataset_id uuid not null references collection_dataset (id),
    occurred_in date not null,
    district varchar(80) not null,
    life_sphere varchar(80) not null,
    incident_form varchar(80) not null,
    incident_response varchar(80) not null
);
create index collection_incident_dataset on collection_incident (dataset_id, occurred_in);

create table collection_incident_ground (
    incident_id uuid not null references collection_incident (id),
    ground varchar(80) not null,
    primary key (incident_id, ground)
);

create table collection_dataset_district (
    dataset_id uuid not null references collection_dataset (id),
    position integer not null,
    district varchar(80) not null,
    primary key (dataset_id, position)
);

-- The anonymous staff survey. A response is stored as unconnected rows: each choice and each free text on its own,
-- with no respondent, no address and no time, so that no row says who answered, when, or what else they answered.
-- A token is kept only as its hash and deleted when used; the response count is the survey's counter.
create table collection_survey (
    id uuid primary key,
    dataset_id uuid not null unique references collection_dataset (id),
    intro varchar(4000),
    state varchar(16) not null,
    closed_on date,
    responses integer not null,
    version bigint not null
);

create table collection_survey_question (
    survey_id uuid not null references collection_survey (id),
    position integer not null,
    question_kind varchar(16) not null,
    question varchar(1000) not null,
    options varchar(4000),
    primary key (survey_id, position)
);

create table collection_survey_token (
    token_hash varchar(64) primary key,
    survey_id uuid not null references collection_survey (id)
);
create index collection_survey_token_survey on collection_survey_token (survey_id);

create table collection_survey_choice (
    id uuid primary key,
    survey_id uuid not null references collection_survey (id),
    question integer not null,
    choice integer not null
);
create index collection_survey_choice_survey on collection_survey_choice (survey_id);

create table collection_survey_text (
    id uuid primary key,
    survey_id uuid not null references collection_survey (id),
    question integer not null,
    answer varchar(4000) not null,
    review varchar(16) not null
);
create index collection_survey_text_survey on collection_survey_text (survey_id);
