-- Facilities located in the jurisdiction's state that count for no jurisdiction because their
-- resolution is ambiguous or unresolved, each with the detainers issued to it in the period
-- (duplicates and misdirected left out). Which of them mention the jurisdiction is decided by the
-- builder. $1 first day, $2 last day, $3 USPS state code.
with unattributed as (
    select * from facility where state = $3 and resolution in ('AMBIGUOUS', 'UNRESOLVED')
),
counted as (
    select receiving_facility_id, count(*) as records
    from ddor_attributed
    where receiving_facility_id in (select id from unattributed) and issued between $1 and $2
      and coalesce(issued_exclusion_code, '') not in ('duplicate', 'misdirected')
    group by 1
)
select f.id, f.ice_code, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence, coalesce(c.records, 0)
from unattributed f
left join counted c on c.receiving_facility_id = f.id
order by f.raw_name, f.id;
