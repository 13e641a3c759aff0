-- What the search index holds, one row per searchable item, rebuilt from the content it is derived from.
-- The index is written from these rows after they are committed; a row whose English archive is not complete yet
-- (archive_pending) is derived again later, when the translations may have arrived.
create table search_document (
    id uuid primary key,
    kind varchar(20) not null,
    plan_id uuid,
    city_id uuid not null,
    city_slug varchar(100) not null,
    city_name varchar(200) not null,
    country varchar(2),
    public_content boolean not null,
    year_value integer,
    language varchar(2) not null,
    title varchar(500) not null,
    body text,
    archive text,
    commitments text,
    tracks text,
    archive_pending boolean not null,
    updated_at timestamp with time zone not null
);

create index search_document_plan on search_document (plan_id);
create index search_document_archive_pending on search_document (archive_pending);

-- Written in the same transaction as the content change it reports (an outbox): whatever is committed reaches the
-- index eventually, on any node, even when the index or the node failed right after the commit.
create table search_backlog (
    id uuid primary key,
    plan_id uuid not null,
    created_at timestamp with time zone not null
);

create index search_backlog_created on search_backlog (created_at);
