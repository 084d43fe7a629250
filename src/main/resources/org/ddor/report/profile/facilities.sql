-- The facilities the jurisdiction runs (facility.jurisdiction_fips), each with the detainers
-- issued to it in the period that count for the jurisdiction (they add up to the profile's
-- detainers issued): those of the facility's figures (unit_fiscal_year and unit_day, derived at
-- import) when the facility is attributed to the jurisdiction and run by a county, a city or a
-- state (attribution.sql), else none. $1 FIPS code; $2 to $7 the period cut at fiscal years
-- (FiscalYearCut).
with runs as (
    select * from facility where jurisdiction_fips = $1
),
counted as (
    select unit, sum(issued)::bigint as records
    from (
        select unit, issued
        from unit_fiscal_year
        where unit_kind = 'FACILITY' and fiscal_year between $2 and $3 and unit in (select id::varchar from runs)
        union all
        select unit, issued
        from unit_day
        where unit_kind = 'FACILITY' and day between $4::date and $5::date and unit in (select id::varchar from runs)
        union all
        select unit, issued
        from unit_day
        where unit_kind = 'FACILITY' and day between $6::date and $7::date and unit in (select id::varchar from runs)
    )
    group by unit
)
select f.id, f.ice_code, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence,
       case when f.resolution in ('RULE', 'MANUAL') and f.operator in ('COUNTY', 'CITY', 'STATE')
            then coalesce(c.records, 0) else 0 end
from runs f
left join counted c on c.unit = f.id::varchar
order by f.raw_name, f.id;
