-- People and the roles they hold. A role's scope columns are null where the role does not use them
-- (a platform administrator has none, a network role only network_id, a department contact city and department).
create table person (
    id uuid primary key,
    email varchar(320) not null,
    display_name varchar(200) not null,
    password_hash varchar(200),
    language varchar(8) not null,
    active boolean not null,
    created_at timestamp with time zone not null,
    version bigint not null
);
create unique index person_email on person (email);

create table role_grant (
    id uuid primary key,
    person_id uuid not null references person (id) on delete cascade,
    role varchar(40) not null,
    network_id uuid,
    city_id uuid,
    department_id uuid,
    granted_at timestamp with time zone not null
);
create index role_grant_person on role_grant (person_id);
create index role_grant_city on role_grant (city_id);
create index role_grant_network on role_grant (network_id);
