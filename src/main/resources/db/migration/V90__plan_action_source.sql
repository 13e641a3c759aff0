-- Where an action of a plan came from when another module proposed it (a monitoring report's recommendation):
-- a line to show and the address of the page it came from. The plan module does not read the source itself.
alter table plan_action add column source_text varchar(500);
alter table plan_action add column source_link varchar(500);
