-- Consultation on a plan: comments of the city's people on the plan, a commitment or an action, the coordinators'
-- answers, and when a comment was resolved. Comments are never deleted: resolved ones stay as the record of what
-- civil society and the departments said.
create table plan_comment (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    commitment_id uuid references plan_commitment (id),
    action_id uuid references plan_action (id),
    author_id uuid,
    author_name varchar(200),
    author_role varchar(40),
    body text not null,
    created_at timestamp with time zone not null,
    resolved_at timestamp with time zone,
    resolved_by_name varchar(200),
    version bigint not null
);
create index plan_comment_plan on plan_comment (plan_id, created_at);

create table plan_comment_answer (
    comment_id uuid not null references plan_comment (id),
    position integer not null,
    author_id uuid,
    author_name varchar(200),
    body text not null,
    answered_at timestamp with time zone not null,
    primary key (comment_id, position)
);

-- People who follow a published plan and are mailed when it or one of its actions changes status. The address and
-- language are those the person had when they chose to follow.
create table plan_follower (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    person_id uuid not null,
    email varchar(320) not null,
    language varchar(20) not null,
    followed_at timestamp with time zone not null,
    constraint plan_follower_once unique (plan_id, person_id)
);
