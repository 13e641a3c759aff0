-- A role is granted to a person once per place, and a city is a current member of a network once. The facades check
-- both before writing, but ten identical requests at once all passed the check: an invitation sent ten times made
-- ten grants, an admission sent four times four current memberships. The database now refuses the copies. Nulls
-- count as equal here (a grant without a city, a membership not yet ended), hence "nulls not distinct"
-- (PostgreSQL 15 or newer, H2). Copies such races left behind are removed first: they say nothing the kept row does
-- not say.
delete from role_grant copy
where exists (
    select 1 from role_grant kept
    where kept.person_id = copy.person_id
      and kept.role = copy.role
      and kept.network_id is not distinct from copy.network_id
      and kept.city_id is not distinct from copy.city_id
      and kept.department_id is not distinct from copy.department_id
      and kept.id < copy.id);

alter table role_grant add constraint role_grant_once
    unique nulls not distinct (person_id, role, network_id, city_id, department_id);

delete from network_membership copy
where exists (
    select 1 from network_membership kept
    where kept.network_id = copy.network_id
      and kept.city_id = copy.city_id
      and kept.joined_on = copy.joined_on
      and kept.left_on is not distinct from copy.left_on
      and kept.id < copy.id);

alter table network_membership add constraint network_membership_once
    unique nulls not distinct (network_id, city_id, left_on);
