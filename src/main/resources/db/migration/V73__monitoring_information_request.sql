-- Information requests of a monitoring programme: a few open questions sent to departments of the city, each with a
-- named contact (who is mailed, and reminded before and after the deadline) and, once given, its answer.
create table monitoring_request (
    id uuid primary key,
    city_id uuid not null,
    programme_id uuid not null references monitoring_programme (id),
    title varchar(300) not null,
    deadline date not null,
    state varchar(16) not null,
    sent_at timestamp with time zone,
    version bigint not null
);
create index monitoring_request_programme on monitoring_request (programme_id);
create index monitoring_request_deadline on monitoring_request (state, deadline);

create table monitoring_request_question (
    request_id uuid not null references monitoring_request (id),
    position integer not null,
    question varchar(2000) not null,
    primary key (request_id, position)
);

create table monitoring_request_recipient (
    id uuid primary key,
    request_id uuid not null references monitoring_request (id),
    department_id uuid not null,
    contact_name varchar(200) not null,
    contact_email varchar(320) not null,
    figures text,
    answered_at timestamp with time zone,
    reminded_before_at timestamp with time zone,
    reminded_after_at timestamp with time zone,
    unique (request_id, department_id)
);

create table monitoring_request_answer (
    recipient_id uuid not null references monitoring_request_recipient (id),
    position integer not null,
    answer text not null,
    primary key (recipient_id, position)
);
