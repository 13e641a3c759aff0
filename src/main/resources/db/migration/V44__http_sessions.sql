-- HTTP sessions of signed-in people, shared by every application node (Spring Session JDBC's standard tables,
-- so that no node keeps state of its own and a load balancer needs no sticky sessions). Spring Session reads and
-- writes these tables itself; its own schema initialisation is switched off so that Flyway owns the schema.
create table spring_session (
    primary_id varchar(36) not null,
    session_id varchar(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval integer not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
-- the clean-up job deletes expired sessions by expiry time
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- Attributes hold Java-serialised values (security context, CSRF token, saved request, flash messages).
create table spring_session_attributes (
    session_primary_id varchar(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
