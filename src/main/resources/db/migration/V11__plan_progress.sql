-- Implementation tracking of adopted plans: how often each action reports, the progress updates departments post
-- (kept as history: the action's status and progress follow the latest one) and the department meetings and yearly
-- follow-ups with their minutes and the actions they discussed (action ids, newline-separated).
alter table plan_action add column update_cadence_months integer default 6 not null;

create table plan_progress_update (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    action_id uuid not null references plan_action (id),
    reported_on date not null,
    status varchar(20) not null,
    progress integer not null,
    narrative text,
    challenges text,
    evidence_links text,
    author_id uuid,
    author_name varchar(200),
    recorded_at timestamp with time zone not null
);
create index plan_progress_update_plan on plan_progress_update (plan_id);
create index plan_progress_update_action on plan_progress_update (action_id, reported_on);

create table plan_meeting (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    held_on date not null,
    kind varchar(30) not null,
    participants text,
    minutes text,
    actions text,
    recorded_by varchar(200),
    recorded_at timestamp with time zone not null,
    version bigint not null
);
create index plan_meeting_plan on plan_meeting (plan_id, held_on);
