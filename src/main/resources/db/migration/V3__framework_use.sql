-- Which framework versions are in use, and the fingerprint (SHA-256) of each data file when it was first used:
-- a used version's file may never change, and start-up compares the fingerprints to make sure of it.
create table framework_use (
    id uuid primary key,
    framework_id varchar(100) not null,
    framework_version varchar(50) not null,
    used_by varchar(200) not null,
    fingerprint varchar(64) not null,
    first_used_at timestamp with time zone not null
);
create unique index framework_use_ref_user on framework_use (framework_id, framework_version, used_by);
