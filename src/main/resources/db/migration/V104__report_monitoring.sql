-- A network's secretariat may ask the cities of a cycle to share their published monitoring in their reports; a
-- submitted version keeps what was shared at submission (JSON, like its indicators). Null where the cycle did not
-- ask, or for versions submitted before reports could carry it.
alter table report_cycle add column monitoring_asked boolean default false not null;
alter table city_report_version add column monitoring text;
