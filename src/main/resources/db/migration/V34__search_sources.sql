-- Search documents and backlog entries come from plans, good practices and accepted reports: each names the content
-- it is derived from by a source type and id instead of a plan. Visibility to a network's secretariat and reviewers,
-- fields of action/activity and a practice's designation are kept for filtering and facets.
alter table search_document add column source_type varchar(20);
alter table search_document add column source_id uuid;
update search_document set source_type = 'PLAN', source_id = plan_id;
alter table search_document alter column source_type set not null;
alter table search_document alter column source_id set not null;
drop index search_document_plan;
alter table search_document drop column plan_id;
create index search_document_source on search_document (source_type, source_id);

alter table search_document add column network_id uuid;
alter table search_document add column fields text;
alter table search_document add column designation varchar(20);
alter table search_document alter column language set data type varchar(10);

alter table search_backlog add column source_type varchar(20);
alter table search_backlog add column source_id uuid;
update search_backlog set source_type = 'PLAN', source_id = plan_id;
alter table search_backlog alter column source_type set not null;
alter table search_backlog alter column source_id set not null;
alter table search_backlog drop column plan_id;
create index search_backlog_source on search_backlog (source_type, source_id);
