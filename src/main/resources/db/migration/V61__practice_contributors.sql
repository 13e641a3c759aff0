-- Practices by anyone: a practice's owner is a city or a contributor that is not one (a region, a national authority,
-- an NGO, a network, a European or international body), kept by a network's secretariat. The owner's name, level and
-- countries are kept with the practice, as the city's name and country already were, so that the library filters,
-- sorts and counts in one table and its indexes; a contributor has no country or several, hence a country table.
create table practice_contributor (
    id uuid primary key,
    network_id uuid not null,
    name varchar(300) not null,
    kind varchar(30) not null,
    level varchar(20) not null,
    version bigint not null
);
create unique index practice_contributor_name on practice_contributor (network_id, name);

create table practice_contributor_country (
    contributor_id uuid not null references practice_contributor (id),
    country varchar(2) not null,
    primary key (contributor_id, country)
);

alter table good_practice alter column city_id drop not null;
alter table good_practice alter column country drop not null;
alter table good_practice rename column city_name to owner_name;
alter table good_practice add column contributor_id uuid references practice_contributor (id);
alter table good_practice add column owner_level varchar(20);
update good_practice set owner_level = 'LOCAL';
alter table good_practice alter column owner_level set not null;
alter table good_practice add constraint good_practice_one_owner
    check ((city_id is null and contributor_id is not null) or (city_id is not null and contributor_id is null));
create index good_practice_contributor on good_practice (contributor_id);
create index good_practice_status_level on good_practice (status, owner_level);

create table good_practice_country (
    practice_id uuid not null references good_practice (id),
    country varchar(2) not null,
    primary key (practice_id, country)
);
create index good_practice_country_country on good_practice_country (country, practice_id);
insert into good_practice_country (practice_id, country) select id, country from good_practice;

-- The search index names a practice's owner and its level; a contributor's practice has no city.
alter table search_document alter column city_id drop not null;
alter table search_document alter column city_slug drop not null;
alter table search_document add column owner_level varchar(20);

-- A contributor's practice goes through the network's review like a city's; no reviewer holds a role in it.
alter table review_assignment alter column city_id drop not null;
