-- A compendium uploaded by a network's secretariat, between its preview and the end of its import: the document's
-- text as read (the file itself is not kept), the document it is, the secretariat's corrections (JSON), and the
-- import's state, progress and result. Practices are written only when it is confirmed, all in one transaction.
create table practice_import (
    id uuid primary key,
    network_id uuid not null,
    person_id uuid,
    file_name varchar(300) not null,
    media_type varchar(100) not null,
    source_title varchar(500) not null,
    source_publisher varchar(300),
    source_date varchar(10),
    source_address varchar(2000),
    designated_by varchar(300),
    designated_on date,
    labels_version varchar(20) not null,
    document_text text not null,
    corrections text,
    status varchar(20) not null,
    done integer not null,
    total integer not null,
    result text,
    failure varchar(300),
    uploaded_at timestamp with time zone not null
);
create index practice_import_network on practice_import (network_id, uploaded_at);
