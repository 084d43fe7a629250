-- Facilities located in the jurisdiction's state that count for no jurisdiction because their
-- resolution is ambiguous or unresolved, each with the detainers issued to it in the period
-- (duplicates and misdirected left out: the facility's figures, unit_fiscal_year and unit_day).
-- Which of them mention the jurisdiction is decided by the builder. $1 USPS state code; $2 to $7 the
-- period cut at fiscal years (FiscalYearCut).
with unattributed as (
    select * from facility where state = $1 and resolution in ('AMBIGUOUS', 'UNRESOLVED')
),
counted as (
    select unit, sum(issued)::bigint as records
    from (
        select unit, issued
        from unit_fiscal_year
        where unit_kind = 'FACILITY' and fiscal_year between $2 and $3 and unit in (select id::varchar from unattributed)
        union all
        select unit, issued
        from unit_day
        where unit_kind = 'FACILITY' and day between $4::date and $5::date and unit in (select id::varchar from unattributed)
        union all
        select unit, issued
        from unit_day
        where unit_kind = 'FACILITY' and day between $6::date and $7::date and unit in (select id::varchar from unattributed)
    )
    group by unit
)
select f.id, f.ice_code, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence, coalesce(c.records, 0)
from unattributed f
left join counted c on c.unit = f.id::varchar
order by f.raw_name, f.id;
