-- The labels of the framework items a search document is classified by (commitment, track, fields of action and
-- activity), in every language the framework data holds, one "language:label" per line, so that the index can be
-- written again from committed data and an item is found by its labels in the reader's language (issue 12).
alter table search_document add column labels text;
