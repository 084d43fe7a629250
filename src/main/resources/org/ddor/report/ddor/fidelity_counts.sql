-- Section IV: old declines ($3 days or more from issue to the placing date), declines attributed
-- after a transfer, and open disputes. $1, $2 the period.
select
    count(*) filter (where placed_declined between $1 and $2 and jurisdiction_fips is not null
                     and datediff('day', issued, placed_declined) >= $3),
    count(*) filter (where placed_declined between $1 and $2 and jurisdiction_fips is not null and transferred),
    (select count(*) from dispute where status = 'OPEN')
from ddor_attributed_period;
