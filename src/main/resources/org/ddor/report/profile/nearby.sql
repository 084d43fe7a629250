-- Facilities located in the jurisdiction's state that count for no jurisdiction because their
-- resolution is ambiguous or unresolved, each with the detainers issued to it in the period
-- (duplicates and misdirected left out: the facility's figures per day, unit_day). Which of them
-- mention the jurisdiction is decided by the builder. $1 first day, $2 last day, $3 USPS state code.
with unattributed as (
    select * from facility where state = $3 and resolution in ('AMBIGUOUS', 'UNRESOLVED')
),
counted as (
    select unit, sum(issued)::bigint as records
    from unit_day
    where unit_kind = 'FACILITY' and day between $1 and $2 and unit in (select id::varchar from unattributed)
    group by unit
)
select f.id, f.ice_code, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence, coalesce(c.records, 0)
from unattributed f
left join counted c on c.unit = f.id::varchar
order by f.raw_name, f.id;
