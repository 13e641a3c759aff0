-- Action plans of cities: the plan with its lifecycle, commitments written with the model template, actions,
-- the needs assessment and the history of every change. Framework items are stored as item codes of the framework
-- versions the plan names; short lists (codes, department ids, lines typed one per line) are newline-separated text.
create table plan (
    id uuid primary key,
    city_id uuid not null,
    title varchar(200) not null,
    start_year integer not null,
    end_year integer not null,
    commitments_framework varchar(160) not null,
    tracks_framework varchar(160) not null,
    actor_groups_framework varchar(160) not null,
    fields_framework varchar(160) not null,
    city_roles_framework varchar(160) not null,
    principles_framework varchar(160) not null,
    template_framework varchar(160) not null,
    state varchar(30) not null,
    decision_date date,
    decision_reference varchar(200),
    decision_link varchar(1000),
    previous_plan_id uuid references plan (id),
    superseded_by_id uuid references plan (id),
    created_at timestamp with time zone not null,
    version bigint not null
);
create index plan_city on plan (city_id);

create table plan_commitment (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    position integer not null,
    framework_code varchar(100),
    own_title varchar(300),
    goal text,
    target_groups text,
    coordination_departments text,
    coordination_external text,
    implementation_departments text,
    implementation_external text,
    specific_objectives text,
    human_rights_principles text,
    expected_outcome text,
    expected_impact text,
    progress_indicators text,
    outcome_indicators text,
    original_id uuid references plan_commitment (id),
    version bigint not null
);
create index plan_commitment_plan on plan_commitment (plan_id);

create table plan_action (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    commitment_id uuid not null references plan_commitment (id),
    position integer not null,
    title varchar(300) not null,
    description text,
    track varchar(100),
    actor_groups text,
    fields_of_activity text,
    city_roles text,
    target_groups text,
    responsible_departments text,
    contact_person varchar(300),
    start_date date,
    end_date date,
    budget_amount numeric(15, 2),
    budget_currency varchar(3),
    funding_source varchar(500),
    regular_budget boolean not null,
    status varchar(20) not null,
    progress integer,
    needs text,
    tags text,
    original_id uuid references plan_action (id),
    version bigint not null
);
create index plan_action_plan on plan_action (plan_id);
create index plan_action_commitment on plan_action (commitment_id);

create table plan_need (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    method varchar(30) not null,
    held_on date,
    participants text,
    description text not null,
    commitment_id uuid references plan_commitment (id),
    track varchar(100),
    version bigint not null
);
create index plan_need_plan on plan_need (plan_id);

-- Never updated: one row per change, with the changed fields (name, from, to) as a JSON array.
create table plan_change (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    subject varchar(20) not null,
    subject_id uuid not null,
    subject_label varchar(300),
    kind varchar(30) not null,
    actor_id uuid,
    actor_name varchar(200),
    changed_at timestamp with time zone not null,
    changes text not null
);
create index plan_change_plan on plan_change (plan_id, changed_at);
