-- Spreadsheet exchange of plans. An action may carry the city's own reference (as in its spreadsheet), so that a
-- re-import updates the action instead of adding it again.
alter table plan_action add column ref varchar(60);
create unique index plan_action_ref on plan_action (plan_id, ref);

-- An uploaded spreadsheet between its preview and the coordinator's confirmation; the plan itself is untouched
-- until then. The file is kept base64-encoded so the same column type works on H2 and PostgreSQL.
create table plan_import (
    id uuid primary key,
    plan_id uuid not null references plan (id),
    person_id uuid,
    file_name varchar(300) not null,
    content text not null,
    uploaded_at timestamp with time zone not null
);
create index plan_import_plan on plan_import (plan_id, uploaded_at);
