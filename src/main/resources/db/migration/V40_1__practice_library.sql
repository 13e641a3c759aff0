-- The library filters practices by country and sorts them by city: both are kept with the practice (a city's name
-- and country never change), so that filtering, sorting, counting and paging stay in one table and its indexes.
alter table good_practice add column city_name varchar(200);
alter table good_practice add column country varchar(2);
update good_practice set
    city_name = (select city.name from city where city.id = good_practice.city_id),
    country = (select city.country from city where city.id = good_practice.city_id);
alter table good_practice alter column city_name set not null;
alter table good_practice alter column country set not null;

create index good_practice_status_year on good_practice (status, year_value);
create index good_practice_status_country on good_practice (status, country);
create index good_practice_status_city_name on good_practice (status, city_name);
create index good_practice_status_title on good_practice (status, title);
create index good_practice_status_commitment on good_practice (status, commitment);
create index good_practice_status_track on good_practice (status, track);
