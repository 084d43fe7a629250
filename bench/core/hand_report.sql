-- The weekly DDOR figures written by hand against the store's tables, as an analyst fluent in SQL
-- would: the baseline DDOR's report model is compared with (bench/core). $1 first day, $2 last day.
with d as (
    select d.id, d.issued, d.outcome, d.citizenship, d.charge_category, f.operator, f.resolution,
           f.jurisdiction_fips, d.duplicate_of, d.misdirected
    from detainer d join facility f on f.id = d.facility_id
    where d.issued between $2::date - 83 and $2::date
),
attributable as (
    select * from d
    where duplicate_of is null and not misdirected and resolution in ('RULE', 'MANUAL')
      and operator in ('COUNTY', 'CITY', 'STATE') and jurisdiction_fips is not null
),
restricted as (
    select a.jurisdiction_fips, count(distinct a.id) as issued
    from attributable a
    join policy p on (p.jurisdiction_fips = a.jurisdiction_fips or p.jurisdiction_fips = left(a.jurisdiction_fips, 2))
     and a.issued >= p.effective_from and (p.effective_to is null or a.issued < p.effective_to)
    where a.issued between $1 and $2
    group by 1
)
select 'summary' as part, null as key, count(*) filter (where issued between $1 and $2 and duplicate_of is null) as n1,
       count(*) filter (where issued between $1 and $2 and outcome = 'DECLINED_BY_LEA' and duplicate_of is null and not misdirected) as n2
from d
union all
select 'section1', jurisdiction_fips, issued, null from (select * from restricted order by issued desc, jurisdiction_fips limit 10)
union all
select 'section2', jurisdiction_fips, count(*), count(distinct charge_category)
from attributable where outcome = 'DECLINED_BY_LEA' and issued between $1 and $2 group by 2
union all
select 'exclusions', resolution || '/' || operator, count(*), null
from d where issued between $1 and $2 and not (resolution in ('RULE', 'MANUAL') and operator in ('COUNTY', 'CITY', 'STATE'))
group by 2
union all
select 'trend', cast(datediff('day', issued, $2::date) // 7 as varchar), count(*) filter (where duplicate_of is null),
       count(*) filter (where outcome = 'DECLINED_BY_LEA' and duplicate_of is null and not misdirected)
from d group by 2;
