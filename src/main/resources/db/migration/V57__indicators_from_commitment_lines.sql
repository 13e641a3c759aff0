-- Today's free-text indicator lines of commitments become indicators: each line (one per line, as typed) is the
-- definition and, shortened, the name of an indicator on its commitment, of the kind its list says (progress or
-- outcome), marked "to complete" so that the city fills in unit, direction, frequency and baseline. The lines
-- stay on the commitment as they were: nothing is lost. The recursion takes one line off the front per step.
insert into indicator (id, city_id, plan_id, commitment_id, action_id, kind, name, definition, language, unit,
                       direction, frequency, to_complete, version)
with recursive line_split (commitment_id, kind, line, rest) as (
        select id, 'PROGRESS', cast(null as varchar(2000)), cast(progress_indicators || chr(10) as varchar(100000))
        from plan_commitment where progress_indicators is not null and progress_indicators <> ''
        union all
        select id, 'OUTCOME', cast(null as varchar(2000)), cast(outcome_indicators || chr(10) as varchar(100000))
        from plan_commitment where outcome_indicators is not null and outcome_indicators <> ''
        union all
        select commitment_id, kind,
               cast(substring(rest from 1 for position(chr(10) in rest) - 1) as varchar(2000)),
               cast(substring(rest from position(chr(10) in rest) + 1) as varchar(100000))
        from line_split where position(chr(10) in rest) > 0
    )
select gen_random_uuid(), p.city_id, p.id, c.id, null, s.kind,
       case when char_length(trim(s.line)) > 300 then substring(trim(s.line) from 1 for 299) || '…'
            else trim(s.line) end,
       trim(s.line), coalesce(c.language, p.language, 'en'), 'COUNT', 'HIGHER_IS_BETTER', 'YEARLY', true, 0
from line_split s
join plan_commitment c on c.id = s.commitment_id
join plan p on p.id = c.plan_id
where s.line is not null and trim(s.line) <> '';
