-- Translations live apart from the content they translate. translation_source keeps the last saved text of every
-- translatable field (with its language and SHA-256 fingerprint) so that translations can be made in the
-- background; a translation whose source_fingerprint differs from it was made from an earlier text.
create table translation_source (
    id uuid primary key,
    owner_type varchar(60) not null,
    owner_id uuid not null,
    field varchar(60) not null,
    language varchar(8) not null,
    content text not null,
    fingerprint varchar(64) not null,
    changed_at timestamp with time zone not null,
    version bigint not null
);
create unique index translation_source_field on translation_source (owner_type, owner_id, field);

-- One translation per field and language. origin HUMAN (translated_by set) is never replaced by a machine;
-- MACHINE rows name the engine and its version.
create table field_translation (
    id uuid primary key,
    owner_type varchar(60) not null,
    owner_id uuid not null,
    field varchar(60) not null,
    language varchar(8) not null,
    content text not null,
    origin varchar(10) not null,
    engine varchar(40),
    engine_version varchar(200),
    source_language varchar(8) not null,
    source_fingerprint varchar(64) not null,
    translated_at timestamp with time zone not null,
    translated_by uuid,
    version bigint not null
);
create unique index field_translation_field_language on field_translation (owner_type, owner_id, field, language);

-- The queue of translations to make, worked off by every application node: a node claims a job by an update
-- guarded by its version, so two nodes never work the same job. Done jobs are deleted.
create table translation_job (
    id uuid primary key,
    owner_type varchar(60) not null,
    owner_id uuid not null,
    field varchar(60) not null,
    target_language varchar(8) not null,
    state varchar(12) not null,
    attempts integer not null,
    next_attempt_at timestamp with time zone not null,
    last_error varchar(2000),
    claimed_by varchar(200),
    claimed_at timestamp with time zone,
    created_at timestamp with time zone not null,
    version bigint not null
);
create index translation_job_due on translation_job (state, next_attempt_at);
create index translation_job_field on translation_job (owner_type, owner_id, field);
