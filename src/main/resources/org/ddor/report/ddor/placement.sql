-- Section IV: which rule placed each decline of the period (duplicates and misdirected declines
-- are not declines of anyone, as in the summary). $1, $2 the period.
select declined_rule, declined_rule_code, count(*)
from ddor_attributed_period
where placed_declined between $1 and $2 and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
group by declined_rule, declined_rule_code
order by declined_rule;
