-- What a reminder notice is about (an action's update due on a date, a plan's review due on a date), so that a job
-- that runs every day tells each person of it once, even when two runs overlap; null for notices of events, which
-- happen once anyway (nulls do not collide in a unique index).
alter table notice add column about varchar(200);
create unique index notice_about on notice (person_id, kind, about);
