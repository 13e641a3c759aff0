-- Every outgoing message, whether or not SMTP is configured: the outbox is the record of what was sent, and in
-- development the only place to read it. A failed delivery keeps its reason here.
create table mail_message (
    id uuid primary key,
    recipient varchar(320) not null,
    subject varchar(300) not null,
    body text not null,
    created_at timestamp with time zone not null,
    status varchar(10) not null,
    sent_at timestamp with time zone,
    failure varchar(1000)
);
create index mail_message_created on mail_message (created_at);
