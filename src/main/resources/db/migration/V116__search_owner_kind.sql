-- What a practice's owner is (a city, a region, a national authority, an NGO...), for the search facet that names it:
-- a ministry's practice is not a city's. Filled when documents are derived again (a rebuild derives them all).
alter table search_document add column owner_kind varchar(30);
