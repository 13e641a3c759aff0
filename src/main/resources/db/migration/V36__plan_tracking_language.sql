-- The language the texts of progress updates and meetings are written in (ISO 639-1), chosen by their author;
-- translations are made from it. Those written before the choice existed are taken to be in their plan's language
-- (the city's main language, the first of its official languages, for a plan that has none recorded).
alter table plan_progress_update add column language varchar(8);
alter table plan_meeting add column language varchar(8);

update plan_progress_update set language = (
    select coalesce(p.language, lower(substring(c.official_languages from 1 for 2)))
    from plan p join city c on c.id = p.city_id
    where p.id = plan_progress_update.plan_id);
update plan_meeting set language = (
    select coalesce(p.language, lower(substring(c.official_languages from 1 for 2)))
    from plan p join city c on c.id = p.city_id
    where p.id = plan_meeting.plan_id);
