-- Failed sign-ins are counted per key (the email typed, whether or not it exists, or the client address) in one
-- row each, which a sign-in locks while it checks and counts its attempt before the password is checked: so parallel
-- guesses are counted one after another, on every node. Replaces the list of failures, whose check and record were
-- apart, so that simultaneous guesses were all checked before any of them was counted.
create table login_throttle (
    kind varchar(10) not null,
    login_key varchar(320) not null,
    failures integer not null,
    window_start timestamp with time zone not null,
    locked_until timestamp with time zone,
    primary key (kind, login_key)
);

drop table login_failure;

-- Roles a person has been invited to and not yet accepted: an invitation takes effect when the person follows the
-- mailed link, for an existing account as for a new one, so that inviting tells nobody whether an account exists.
create table pending_grant (
    id uuid primary key,
    person_id uuid not null references person (id) on delete cascade,
    role varchar(40) not null,
    network_id uuid,
    city_id uuid,
    department_id uuid,
    invited_at timestamp with time zone not null
);
create index pending_grant_person on pending_grant (person_id);

-- One pending invitation per role and place: simultaneous invitations of the same person end in one row, the
-- others in a conflict.
alter table pending_grant add constraint pending_grant_once
    unique nulls not distinct (person_id, role, network_id, city_id, department_id);
