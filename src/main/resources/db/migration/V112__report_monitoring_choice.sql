-- A city picks which of its published monitoring reports its report shares with the network (the programmes' ids,
-- comma-separated; empty for none). Null until the city picks: the report then shares the latest published edition
-- of each of its monitorings.
alter table city_report add column monitoring_shared varchar(4000);
