-- The policy in effect for each jurisdiction at the end of the period (its own, else its state's).
-- Two policies of one jurisdiction in effect from the same day: the later row of the table. $1 last day.
select s.jurisdiction_fips, p.instrument, p.category, p.enacted_raw, length(s.policy_fips) = 2 as statewide
from ddor_policy_scope s
join policy p on p.id = s.policy_id
where s.effective_from <= $1 and (s.effective_to is null or $1 < s.effective_to)
order by s.jurisdiction_fips, length(s.policy_fips) desc, s.effective_from desc, p.id desc;
