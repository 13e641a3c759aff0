-- Peer reviews of a city's signed-off self-assessment (the EUROCITIES peer review method): the host city's review
-- team (peers from other member cities of its networks, others such as migrant organisations or national
-- government, and an expert leader), the evidence of the self-assessment the host shares with the team, the
-- interview and focus-group evidence the team records per key factor (who was heard by role; a name only with their
-- consent), the team's conclusions and recommendations per key factor, the feedback session and the follow-up report.
-- The host decides whether a closed review is published. Key factors are codes of the assessment's framework.
create table peer_review (
    id uuid primary key,
    city_id uuid not null,
    assessment_id uuid not null,
    framework varchar(200) not null,
    title varchar(300) not null,
    state varchar(20) not null,
    visit_from date,
    visit_to date,
    feedback_on date,
    feedback_notes text,
    follow_up_report text,
    closed_at timestamp with time zone,
    published_at timestamp with time zone,
    created_at timestamp with time zone not null,
    version bigint not null
);
create index peer_review_city on peer_review (city_id);
create index peer_review_assessment on peer_review (assessment_id);

create table peer_review_member (
    review_id uuid not null references peer_review (id),
    position integer not null,
    member_id uuid not null,
    role varchar(20) not null,
    kind varchar(40),
    email varchar(320),
    name varchar(200) not null,
    organisation varchar(300),
    city_id uuid,
    invited_at timestamp with time zone not null,
    primary key (review_id, position)
);
create index peer_review_member_email on peer_review_member (email);

create table peer_review_evidence (
    review_id uuid not null references peer_review (id),
    evidence_id uuid not null,
    primary key (review_id, evidence_id)
);

create table peer_review_hearing (
    review_id uuid not null references peer_review (id),
    position integer not null,
    hearing_id uuid not null,
    factor varchar(100) not null,
    method varchar(20) not null,
    heard_role varchar(300) not null,
    heard_name varchar(200),
    consent boolean not null,
    account text not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    primary key (review_id, position)
);

create table peer_review_conclusion (
    review_id uuid not null references peer_review (id),
    factor varchar(100) not null,
    conclusions text,
    recommendations text,
    primary key (review_id, factor)
);
