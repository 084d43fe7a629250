-- Every unit's figures, for a ranking. $1 first day, $2 last day (all the data: wide bounds), $3
-- the unit: FACILITY, JURISDICTION, STATE or AOR. The row whose unit is null holds the records that
-- count for no unit (facility not attributable to a jurisdiction). As in docs/reports.md, a
-- detainer is *issued to* the unit of its receiving facility, and its outcome is the act of the
-- unit of its custodian at the outcome (the facility it was transferred to, if any):
--  issued             detainers issued to the unit in the period
--  declined           declines the unit made, placed in the period (recorded-as-declined date, else
--                     outcome date, else issued date), whenever the detainer was issued
--  declined_of_issued detainers issued to the unit in the period that the unit itself declined (the
--                     decline rate's numerator; a detainer transferred and declined elsewhere is not)
--  booked             detainers issued to the unit in the period booked into ICE custody
-- Duplicates are counted once (as the record they repeat); misdirected detainers count for no unit.
--
-- The figures are sums over the period's days of the store's unit_day table, which every import
-- derives from the detainers (store/derived/unit_day.sql: the transfer rule, the placing date and
-- the jurisdiction rule are those of attribution.sql, and RankingConsistencyTest checks every unit's
-- figures against that view). Reading a week of day rows instead of attributing the detainers makes
-- a one-week ranking on 5 million records a matter of milliseconds (the site's /api/rankings).
with counted as (
    select unit, sum(issued)::bigint as issued, sum(declined)::bigint as declined,
           sum(declined_of_issued)::bigint as declined_of_issued, sum(booked)::bigint as booked
    from unit_day
    where unit_kind = $3 and day between $1::date and $2::date
    group by unit
)
select
    c.unit,
    case $3 when 'FACILITY' then f.raw_name
            when 'JURISDICTION' then j.name
            when 'STATE' then s.name
            when 'AOR' then 'AOR ' || c.unit end as name,
    case $3 when 'FACILITY' then lower(f.operator)
            when 'JURISDICTION' then lower(j.kind)
            when 'STATE' then 'state'
            when 'AOR' then 'area of responsibility' end as kind,
    case $3 when 'FACILITY' then f.state
            when 'JURISDICTION' then j.state
            when 'STATE' then c.unit end as state,
    case $3 when 'FACILITY' then fj.aor
            when 'JURISDICTION' then j.aor
            when 'STATE' then s.aor
            when 'AOR' then c.unit end as aor,
    case $3 when 'FACILITY' then
                 concat_ws('; ', nullif(f.city, ''), f.ice_code,
                           case when f.jurisdiction_fips is not null and f.resolution in ('RULE', 'MANUAL')
                                then 'run by ' || fj.name || ', ' || fj.state || ' (' || f.jurisdiction_fips || ')'
                                when f.resolution in ('RULE', 'MANUAL')
                                then 'run by ' || case f.operator when 'FEDERAL' then 'the federal government'
                                                              when 'PRIVATE' then 'a private company'
                                                              when 'ICE' then 'ICE'
                                                              else 'an unknown operator' end
                                     || ': counts for no jurisdiction'
                                else 'not attributed: ' || lower(f.resolution) end)
       end as detail,
    c.issued, c.declined, c.declined_of_issued, c.booked
from counted c
left join facility f on $3 = 'FACILITY' and f.id = try_cast(c.unit as bigint)
left join jurisdiction fj on fj.fips = f.jurisdiction_fips
left join jurisdiction j on $3 = 'JURISDICTION' and j.fips = c.unit
left join jurisdiction s on $3 = 'STATE' and s.kind = 'STATE' and s.state = c.unit
where c.issued > 0 or c.declined > 0 or c.unit is null;
