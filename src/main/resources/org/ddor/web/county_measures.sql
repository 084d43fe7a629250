-- Every county (5-digit FIPS) with detainers issued to it and declines it made in a period, by the
-- report's rules (attribution.sql). has_data is false when no facility of the store is attributed to
-- the county at all: DDOR has nothing on it, which the map shows apart from zero. $1 first day, $2 last day.
with served as (
    select distinct jurisdiction_fips as fips
    from facility
    where resolution in ('RULE', 'MANUAL') and jurisdiction_fips is not null
),
issued as (
    select issued_jurisdiction_fips as fips, count(*) as n
    from ddor_attributed where issued between $1 and $2 and issued_jurisdiction_fips is not null group by 1
),
declined as (
    select jurisdiction_fips as fips, count(*) as n
    from ddor_attributed where placed_declined between $1 and $2 and jurisdiction_fips is not null group by 1
)
select j.fips, j.name, j.state, s.fips is not null as has_data, coalesce(i.n, 0) as issued, coalesce(d.n, 0) as declined
from jurisdiction j
left join served s on s.fips = j.fips
left join issued i on i.fips = j.fips
left join declined d on d.fips = j.fips
where length(j.fips) = 5
order by j.fips;
