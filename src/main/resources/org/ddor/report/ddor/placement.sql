-- Section IV: which rule placed each decline of the period. $1, $2 the period.
select declined_rule, count(*)
from ddor_attributed
where placed_declined between $1 and $2 and coalesce(exclusion, '') not in ('duplicate', 'misdirected')
group by declined_rule
order by declined_rule;
