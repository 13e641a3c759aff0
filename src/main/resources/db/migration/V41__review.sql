create table review_assignment (
    id uuid primary key,
    practice_id uuid not null,
    network_id uuid not null,
    city_id uuid not null,
    reviewer_id uuid not null,
    reviewer_name varchar(200) not null,
    assigned_by uuid not null,
    assigned_at timestamp with time zone not null,
    criteria varchar(160) not null,
    state varchar(20) not null,
    assessment text,
    recommendation varchar(30),
    saved_at timestamp with time zone,
    submitted_at timestamp with time zone,
    version bigint not null,
    constraint uk_review_assignment_reviewer unique (practice_id, reviewer_id)
);

create index ix_review_assignment_reviewer on review_assignment (reviewer_id);
create index ix_review_assignment_network on review_assignment (network_id);

create table review_rating (
    assignment_id uuid not null references review_assignment (id),
    criterion varchar(100) not null,
    rating varchar(20),
    justification text
);

create index ix_review_rating_assignment on review_rating (assignment_id);

create table review_decision (
    practice_id uuid primary key,
    network_id uuid not null,
    decision varchar(30) not null,
    note text,
    decided_by uuid not null,
    decided_by_name varchar(200) not null,
    decided_at timestamp with time zone not null
);
