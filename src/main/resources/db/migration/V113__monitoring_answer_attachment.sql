-- A department answering an information request may attach files (a few per answer). What a file is (name, media
-- type as detected from its content, size) is listed with the answer without reading the file; the file itself
-- (Base64, as the other uploads are kept) is in a table of its own, read only when downloaded.
create table monitoring_answer_attachment (
    id uuid primary key,
    recipient_id uuid not null references monitoring_request_recipient (id) on delete cascade,
    file_name varchar(200) not null,
    file_type varchar(100) not null,
    file_size bigint not null,
    added_at timestamp with time zone not null
);
create index monitoring_answer_attachment_recipient on monitoring_answer_attachment (recipient_id);

create table monitoring_answer_attachment_file (
    attachment_id uuid primary key references monitoring_answer_attachment (id) on delete cascade,
    content text not null
);
