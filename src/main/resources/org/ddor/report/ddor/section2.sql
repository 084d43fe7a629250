-- Section II: declines placed in the period, regardless of issued date, by the jurisdiction
-- that declined (the custodian at the time of the outcome), each with the restrictive policy in
-- effect for that jurisdiction on the period's last day (its own before its state's; of two in
-- effect from the same day, the later row of the table), or none. The age of a detainer at decline
-- is unknown (null) when the declined date is: a decline placed by its issued date is not 0 days
-- old. $1 first day, $2 last day.
with policy_now as (
    select s.jurisdiction_fips, p.instrument, p.category, p.enacted_raw, length(s.policy_fips) = 2 as statewide
    from ddor_policy_scope s
    join policy p on p.id = s.policy_id
    where s.effective_from <= $2::date and (s.effective_to is null or $2::date < s.effective_to)
    qualify row_number() over (partition by s.jurisdiction_fips
                               order by length(s.policy_fips) desc, s.effective_from desc, p.id desc) = 1
)
select a.jurisdiction_fips, j.name, j.state, j.aor,
       a.id, a.citizenship, a.issued, a.recorded_declined, a.outcome_date, a.placed_declined, a.declined_rule,
       case when a.declined_rule_code <> 'issued-date' then datediff('day', a.issued, a.placed_declined) end as age_days,
       a.charge_category, a.msc_charge, a.criminality,
       p.jurisdiction_fips is not null as has_policy, p.instrument, p.category, p.enacted_raw, p.statewide
from ddor_attribute($1::date, $2::date) a
join jurisdiction j on j.fips = a.jurisdiction_fips
left join policy_now p on p.jurisdiction_fips = a.jurisdiction_fips
where a.placed_declined between $1::date and $2::date and a.jurisdiction_fips is not null
order by j.state, j.name, a.placed_declined, a.issued, a.id;
