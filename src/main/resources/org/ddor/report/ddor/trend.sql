-- The twelve 7-day periods ending on the report's last day ($1): detainers issued and declines
-- placed in each, nationally (duplicates once; misdirected declines excluded), for the trend chart.
-- One pass: each record falls in period k = (last day - date) / 7, for k from 0 to 11.
with weeks as (
    select cast(range as integer) as k from range(12)
),
issued as (
    select cast(datediff('day', issued, $1::date) // 7 as integer) as k, count(*) as n
    from ddor_attributed_period
    where issued between $1::date - 83 and $1::date and coalesce(exclusion_code, '') <> 'duplicate'
    group by 1
),
declined as (
    select cast(datediff('day', placed_declined, $1::date) // 7 as integer) as k, count(*) as n
    from ddor_attributed_period
    where placed_declined between $1::date - 83 and $1::date
      and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
    group by 1
)
select $1::date - (7 * w.k + 6), $1::date - 7 * w.k, coalesce(i.n, 0), coalesce(d.n, 0)
from weeks w
left join issued i on i.k = w.k
left join declined d on d.k = w.k
order by w.k desc;
