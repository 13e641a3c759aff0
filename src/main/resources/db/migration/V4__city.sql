-- Cities with their Level 1 profile (the metadata stored once and reused by every later report), their
-- departments, and the history of every change made to either.
create table city (
    id uuid primary key,
    slug varchar(80) not null,
    name varchar(200) not null,
    country varchar(2) not null,
    population bigint,
    official_languages varchar(100) not null,
    focal_point_name varchar(200),
    focal_point_position varchar(200),
    focal_point_email varchar(320),
    focal_point_phone varchar(50),
    political_name varchar(200),
    political_office varchar(200),
    coordination_structure text,
    networks_and_memberships text,
    contact_address text,
    contact_website varchar(500),
    contact_email varchar(320),
    description text,
    created_at timestamp with time zone not null,
    version bigint not null
);
create unique index city_slug on city (slug);
create index city_country on city (country);

create table department (
    id uuid primary key,
    city_id uuid not null references city (id),
    name varchar(200) not null,
    created_at timestamp with time zone not null
);
create unique index department_city_name on department (city_id, name);

-- Who changed what and when. The actor's name is copied so the history stays readable if the account goes.
create table city_change (
    id uuid primary key,
    city_id uuid not null references city (id),
    changed_at timestamp with time zone not null,
    actor_id uuid,
    actor_name varchar(200),
    kind varchar(40) not null
);
create index city_change_city on city_change (city_id, changed_at);

create table city_change_field (
    change_id uuid not null references city_change (id),
    field_order integer not null,
    field_name varchar(80) not null,
    old_value text,
    new_value text,
    primary key (change_id, field_order)
);
