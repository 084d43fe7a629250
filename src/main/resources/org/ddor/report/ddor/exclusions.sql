-- Section IV: records of the period that count for no jurisdiction, by reason. $1, $2 the period.
select exclusion,
       count(*) filter (where issued between $1 and $2) as issued,
       count(*) filter (where placed_declined between $1 and $2) as declined
from ddor_attributed
where exclusion is not null
group by exclusion
having count(*) filter (where issued between $1 and $2) + count(*) filter (where placed_declined between $1 and $2) > 0
order by exclusion;
