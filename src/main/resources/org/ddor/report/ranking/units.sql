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
-- Performance: a full-history ranking must take well under a second on 5 million records, so this
-- query does not read the ddor_attributed view row by row (its per-record joins and CASEs cost
-- several times more). It groups the detainers by (receiving facility, custodian facility) first,
-- then attributes each facility once. The transfer rule, the placing date and the jurisdiction
-- rule are those of attribution.sql; RankingConsistencyTest checks every unit's figures against
-- that view.
--
-- Only the detainers a figure of the period can count are read further ("relevant": issued in the
-- period, or placed in it): every other detainer adds 0 to every figure. A one-week ranking then
-- groups a few thousand records instead of the whole store (the web site's /api/rankings).
with relevant as (
    select d.id, d.facility_id, d.outcome, d.recorded_declined, d.outcome_date,
           d.issued between $1::date and $2::date as issued_in,
           coalesce(d.recorded_declined, d.outcome_date, d.issued) between $1::date and $2::date as placed_in
    from detainer d
    where d.duplicate_of is null and not d.misdirected
      and (d.issued between $1::date and $2::date
           or coalesce(d.recorded_declined, d.outcome_date, d.issued) between $1::date and $2::date)
),
transfer as (
    -- the latest transfer up to the outcome (ties: the highest facility id), as attribution.sql orders them
    select e.detainer_id, arg_max(e.facility_id, (e.event_date, e.facility_id)) as facility_id
    from custody_event e
    join relevant d on d.id = e.detainer_id
    where e.kind = 'TRANSFERRED'
      and (coalesce(d.recorded_declined, d.outcome_date) is null
           or e.event_date <= coalesce(d.recorded_declined, d.outcome_date))
    group by e.detainer_id
),
by_facilities as (
    select
        d.facility_id as receiving_id,
        coalesce(t.facility_id, d.facility_id) as custodian_id,
        count(*) filter (where d.issued_in) as issued,
        count(*) filter (where d.outcome = 'DECLINED_BY_LEA' and d.placed_in) as declined,
        count(*) filter (where d.issued_in and d.outcome = 'DECLINED_BY_LEA') as declined_of_issued,
        count(*) filter (where d.issued_in and d.outcome = 'BOOKED_INTO_ICE_CUSTODY') as booked
    from relevant d
    left join transfer t on t.detainer_id = d.id
    group by 1, 2
),
facility_unit as (
    select f.id,
           case $3 when 'FACILITY' then f.id::varchar
                   when 'JURISDICTION' then j.fips
                   when 'STATE' then j.state
                   when 'AOR' then j.aor end as unit
    from facility f
    left join jurisdiction j
      on j.fips = case when f.resolution in ('RULE', 'MANUAL') and f.operator in ('COUNTY', 'CITY', 'STATE')
                       then f.jurisdiction_fips end
),
by_units as (
    select r.unit as issued_unit, c.unit as custodian_unit, sum(b.issued) as issued, sum(b.declined) as declined,
           sum(b.declined_of_issued) as declined_of_issued, sum(b.booked) as booked
    from by_facilities b
    join facility_unit r on r.id = b.receiving_id
    join facility_unit c on c.id = b.custodian_id
    group by 1, 2
),
counted as (
    select unit, sum(issued) as issued, sum(declined) as declined, sum(declined_of_issued) as declined_of_issued,
           sum(booked) as booked
    from (
        select issued_unit as unit, issued, 0 as declined,
               case when issued_unit = custodian_unit then declined_of_issued else 0 end as declined_of_issued, booked
        from by_units
        union all
        select custodian_unit, 0, declined, 0, 0
        from by_units
    )
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
