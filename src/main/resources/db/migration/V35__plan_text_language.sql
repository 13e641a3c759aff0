-- The language each text of a plan was written in (ISO 639-1), chosen by its author; translations are made from it.
-- Texts written before the choice existed were taken to be in the city's main language (the first of its official
-- languages), as the translation module was told at the time.
alter table plan add column language varchar(8);
alter table plan_commitment add column language varchar(8);
alter table plan_action add column language varchar(8);
alter table plan_need add column language varchar(8);
alter table plan_comment add column language varchar(8);
alter table plan_comment_answer add column language varchar(8);

update plan set language = (
    select lower(substring(c.official_languages from 1 for 2)) from city c where c.id = plan.city_id);
update plan_commitment set language = (select p.language from plan p where p.id = plan_commitment.plan_id);
update plan_action set language = (select p.language from plan p where p.id = plan_action.plan_id);
update plan_need set language = (select p.language from plan p where p.id = plan_need.plan_id);
update plan_comment set language = (select p.language from plan p where p.id = plan_comment.plan_id);
update plan_comment_answer set language = (
    select c.language from plan_comment c where c.id = plan_comment_answer.comment_id);
