-- Section IV: days on which one jurisdiction had at least $3 declines recorded (by recorded-as-
-- declined date only: a burst on an issued date says nothing about recording). $1, $2 the period.
select a.recorded_declined, a.jurisdiction_fips, j.name || ', ' || j.state, count(*),
       median(datediff('day', a.issued, a.recorded_declined))::bigint
from ddor_attributed_period a
join jurisdiction j on j.fips = a.jurisdiction_fips
where a.recorded_declined between $1 and $2
group by all
having count(*) >= $3
order by 4 desc, 1;
