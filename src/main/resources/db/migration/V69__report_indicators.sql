-- A submitted version keeps the indicators it carried, with their published figures at submission (JSON, like the
-- content), so that later observations never change what the city reported. Null for versions submitted before.
alter table city_report_version add column indicators text;
