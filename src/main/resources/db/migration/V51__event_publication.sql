-- Spring Modulith's event publication registry: one row per event and listener, written in the transaction that
-- publishes the event and completed once the listener has run, so that an effect another module owes is not lost
-- when the application stops in between. Spring Modulith 2.1 reads and writes this table itself (its v2 structure,
-- schemas/v2/schema-postgresql.sql in spring-modulith-events-jdbc); its own schema initialisation is switched off so
-- that Flyway owns the schema. Installations started before this migration already have the table, created by that
-- initialisation with the same columns, hence "if not exists". Unbounded varchar is PostgreSQL's text, and in H2 a
-- string that can still be indexed and compared (H2's text is a CLOB).
create table if not exists event_publication (
    id uuid not null,
    listener_id varchar not null,
    event_type varchar not null,
    serialized_event varchar not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);

-- Spring Modulith can look a publication up by its serialised event (to complete it, if it was not kept in memory);
-- a hash index, because a B-tree entry cannot hold a serialised event longer than about 2,700 bytes in PostgreSQL.
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
-- incomplete publications are found, and completed ones deleted, by completion date
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
