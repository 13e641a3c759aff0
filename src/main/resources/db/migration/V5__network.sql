-- City networks, the framework versions each uses and their member cities. A membership keeps its leaving date
-- instead of being deleted, so that a network's history (who reported when) stays readable. city_id has no
-- foreign key: cities belong to another module, which is the one to say whether a city exists.
create table network (
    id uuid primary key,
    slug varchar(60) not null,
    name varchar(200) not null,
    description text,
    website varchar(500),
    reporting_period_years integer not null,
    created_at timestamp with time zone not null,
    version bigint not null
);
create unique index network_slug on network (slug);

create table network_framework (
    network_id uuid not null references network (id) on delete cascade,
    framework_id varchar(100) not null,
    framework_version varchar(40) not null,
    primary key (network_id, framework_id, framework_version)
);

create table network_membership (
    id uuid primary key,
    network_id uuid not null references network (id) on delete cascade,
    city_id uuid not null,
    joined_on date not null,
    left_on date
);
create index network_membership_network on network_membership (network_id);
create index network_membership_city on network_membership (city_id);
