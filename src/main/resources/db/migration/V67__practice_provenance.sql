-- Provenance of good practices: the document a practice was published in (title, publisher, date as a year or a day,
-- address), its page or section there, the collection (one imported document and its later editions) it came in,
-- and who imported it when. A network may record that a practice was designated by another body (named, dated, with
-- its source) without a review of its own; its own committee's designations still go through review.
create table practice_collection (
    id uuid primary key,
    network_id uuid not null,
    title varchar(500) not null,
    publisher varchar(300),
    published varchar(10),
    address varchar(2000),
    version bigint not null
);
create unique index practice_collection_title on practice_collection (network_id, title);

alter table good_practice add column source_title varchar(500);
alter table good_practice add column source_publisher varchar(300);
alter table good_practice add column source_date varchar(10);
alter table good_practice add column source_address varchar(2000);
alter table good_practice add column source_locator varchar(300);
alter table good_practice add column collection_id uuid references practice_collection (id);
-- what identifies the practice within its collection from one edition to the next (its title as the source writes it)
alter table good_practice add column collection_key varchar(300);
alter table good_practice add column imported_by uuid;
alter table good_practice add column imported_at timestamp with time zone;
alter table good_practice add column designated_by varchar(300);
alter table good_practice add column designated_on date;
alter table good_practice add column designation_source varchar(2000);
create unique index good_practice_collection_key on good_practice (collection_id, collection_key);
