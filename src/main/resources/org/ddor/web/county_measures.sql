-- Every county (5-digit FIPS) with detainers issued to it and declines it made in a period, by the
-- report's rules (attribution.sql), summed over the period's days of unit_day (the figures per
-- jurisdiction and day derived at import: store/derived/unit_day.sql). has_data is false when no
-- facility of the store is attributed to the county at all: DDOR has nothing on it, which the map
-- shows apart from zero. $1 first day, $2 last day.
with served as (
    select distinct jurisdiction_fips as fips
    from facility
    where resolution in ('RULE', 'MANUAL') and jurisdiction_fips is not null
),
figures as (
    select unit as fips, sum(issued)::bigint as issued, sum(declined)::bigint as declined
    from unit_day
    where unit_kind = 'JURISDICTION' and day between $1 and $2 and unit is not null
    group by unit
)
select j.fips, j.name, j.state, s.fips is not null as has_data, coalesce(f.issued, 0) as issued,
       coalesce(f.declined, 0) as declined
from jurisdiction j
left join served s on s.fips = j.fips
left join figures f on f.fips = j.fips
where length(j.fips) = 5
order by j.fips;
