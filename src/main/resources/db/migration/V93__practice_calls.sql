-- Calls for practices: a network's secretariat asks its member cities for practices on a theme by a deadline, in
-- some fields of action; a city answers with a practice of its own; a city that has not answered by a week before
-- the deadline is reminded once (the reminder table keeps that it was, so that the daily job mails only once).
create table practice_call (
    id uuid primary key,
    network_id uuid not null,
    theme varchar(300) not null,
    description varchar(4000),
    deadline date not null,
    state varchar(20) not null,
    opened_at timestamp with time zone not null,
    closed_at timestamp with time zone,
    version bigint not null
);
create index practice_call_network on practice_call (network_id, deadline);
create index practice_call_state_deadline on practice_call (state, deadline);

create table practice_call_field (
    call_id uuid not null references practice_call (id),
    code varchar(100) not null,
    primary key (call_id, code)
);

create table practice_call_answer (
    id uuid primary key,
    call_id uuid not null references practice_call (id),
    city_id uuid not null,
    practice_id uuid not null references good_practice (id),
    answered_at timestamp with time zone not null
);
create unique index practice_call_answer_practice on practice_call_answer (call_id, practice_id);
create index practice_call_answer_city on practice_call_answer (call_id, city_id);

create table practice_call_reminder (
    call_id uuid not null references practice_call (id),
    city_id uuid not null,
    sent_at timestamp with time zone not null,
    recipients integer not null,
    primary key (call_id, city_id)
);
