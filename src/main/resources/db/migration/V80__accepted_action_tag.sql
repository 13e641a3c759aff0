-- The tags (framework item references, id@version:code) of the plan action an accepted action reports, as they stood
-- at acceptance: a key factor a city tagged its action with makes the accepted action an example for that key factor
-- to other cities. Actions accepted before this table existed have none.
create table accepted_action_tag (
    action_id uuid not null references accepted_action (id),
    tag varchar(200) not null,
    primary key (action_id, tag)
);
create index accepted_action_tag_tag on accepted_action_tag (tag);
