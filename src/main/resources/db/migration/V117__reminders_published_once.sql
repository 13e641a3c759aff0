-- The daily jobs of plan tracking and assessment publish a due date once, not every day it is in their window:
-- each remembers which due date of which action or plan it has announced.
create table progress_update_reminder (
    id uuid primary key,
    action_id uuid not null,
    due date not null,
    published_at timestamp with time zone not null,
    constraint progress_update_reminder_once unique (action_id, due)
);

create table plan_review_reminder (
    id uuid primary key,
    plan_id uuid not null,
    due date not null,
    published_at timestamp with time zone not null,
    constraint plan_review_reminder_once unique (plan_id, due)
);
