-- What waits for a person (notices), how each person wants to hear of each kind, and the key that signs the
-- unsubscribe links of notification mails (created on first use, so that links keep working across restarts).
create table notice (
    id uuid primary key,
    person_id uuid not null,
    kind varchar(40) not null,
    arguments varchar(4000) not null,
    link varchar(1000) not null,
    created_at timestamp with time zone not null,
    read_at timestamp with time zone,
    digest_due boolean not null
);
create index notice_person on notice (person_id, created_at);
create index notice_digest on notice (digest_due, created_at);

create table notice_preference (
    id uuid primary key,
    person_id uuid not null,
    kind varchar(40) not null,
    delivery varchar(16) not null,
    unique (person_id, kind)
);

create table notice_signing_key (
    id integer primary key,
    secret varchar(100) not null
);
