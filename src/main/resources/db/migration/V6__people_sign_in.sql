-- One-time links (invitation, first-start setup, password reset): only a hash of the token is stored, so a
-- leaked database does not hand out working links.
create table one_time_link (
    id uuid primary key,
    person_id uuid not null references person (id) on delete cascade,
    purpose varchar(20) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone
);
create unique index one_time_link_token on one_time_link (token_hash);
create index one_time_link_person on one_time_link (person_id);

-- Failed sign-ins, per account (the email typed, whether or not it exists) and per client address; kept in the
-- database so that the limit holds across every node of a deployment.
create table login_failure (
    id uuid primary key,
    kind varchar(10) not null,
    login_key varchar(320) not null,
    failed_at timestamp with time zone not null
);
create index login_failure_key on login_failure (kind, login_key, failed_at);

-- Personal API tokens: shown once on creation, stored as a hash.
create table api_token (
    id uuid primary key,
    person_id uuid not null references person (id) on delete cascade,
    name varchar(100) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone
);
create unique index api_token_hash on api_token (token_hash);
create index api_token_person on api_token (person_id);
