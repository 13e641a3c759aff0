-- The richer template of compendia: type of measure, the source's chapter or theme, aims, evaluation, leading
-- authority and partners, the area of intervention as written, the implementation period's start and end (a year or
-- a day), and reference documents as label and address. The period as written has no short limit any more.
alter table good_practice alter column implementation_period set data type varchar(2000);
alter table good_practice add column measure_type varchar(100);
alter table good_practice add column chapter varchar(300);
alter table good_practice add column aims text;
alter table good_practice add column evaluation text;
alter table good_practice add column leading_authority varchar(500);
alter table good_practice add column implementing_partners varchar(2000);
alter table good_practice add column area_of_intervention varchar(2000);
alter table good_practice add column period_start varchar(10);
alter table good_practice add column period_end varchar(10);

create table good_practice_reference (
    practice_id uuid not null references good_practice (id),
    position integer not null,
    label varchar(500) not null,
    address varchar(2000),
    primary key (practice_id, position)
);
