-- One commitment per framework item in a plan. The plan facade checks it before adding one, but two requests at the
-- same moment both passed that check and the plan got two commitments for one item; the database now refuses the
-- second (commitments of the city's own, without a framework item, are not concerned: nulls never collide).
create unique index plan_commitment_framework_code on plan_commitment (plan_id, framework_code);
