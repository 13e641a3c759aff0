-- The languages, besides the English archive, into which a network has its member cities' texts translated as
-- soon as they are saved (others are made when a reader asks).
create table network_translation (
    network_id uuid primary key references network (id),
    version bigint not null
);

create table network_translation_language (
    network_id uuid not null references network_translation (network_id),
    language varchar(8) not null,
    primary key (network_id, language)
);
