-- A city's or a network's own breakdown dimension (its districts, its departments' units): versioned like the
-- dimensions of the data files. Each version is kept as written, so that observations recorded against it keep
-- its categories and labels after the owner changes them.
create table indicator_dimension (
    id uuid primary key,
    code varchar(80) not null,
    city_id uuid,
    network_id uuid,
    current_version integer not null,
    version bigint not null,
    constraint indicator_dimension_code unique (code),
    constraint indicator_dimension_owner check ((city_id is null and network_id is not null)
        or (city_id is not null and network_id is null))
);

create index indicator_dimension_city on indicator_dimension (city_id);
create index indicator_dimension_network on indicator_dimension (network_id);

create table indicator_dimension_version (
    id uuid primary key,
    dimension_id uuid not null references indicator_dimension (id),
    number integer not null,
    created_at timestamp with time zone not null,
    content text not null,
    constraint indicator_dimension_version_once unique (dimension_id, number)
);

-- The version of its dimension a cell was recorded against (null for the total and the departments).
alter table indicator_observation add column dimension_version varchar(40);
