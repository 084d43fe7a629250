-- The full-history ranking of jurisdictions written by hand against the store's tables, as an
-- analyst fluent in SQL would write it from docs/reports.md: the baseline DDOR's ranking is
-- compared with (bench/core, docs/benchmarks.md). $1 the measure ('issued' or 'decline-rate'), $2
-- the smallest denominator of a rate, $3 how many rows. Per jurisdiction: detainers issued to it
-- (its receiving facility), declines it made (it held the person at the decline: the facility of
-- the latest transfer up to the outcome, else the receiving one), declines of the detainers issued
-- to it that it made itself, bookings into ICE custody of those issued to it. A facility counts for
-- a jurisdiction when resolved (by a rule or a person) and run by a county, a city or a state;
-- duplicates count once, misdirected detainers for no one. Ranked by the measure, highest first,
-- ties by FIPS, with standard competition ranks (1, 2, 2, 4).
with facility_fips as (
    select id, case when resolution in ('RULE', 'MANUAL') and operator in ('COUNTY', 'CITY', 'STATE')
                    then jurisdiction_fips end as fips
    from facility
),
latest_transfer as (
    select e.detainer_id, arg_max(e.facility_id, (e.event_date, e.facility_id)) as facility_id
    from custody_event e
    join detainer x on x.id = e.detainer_id
    where e.kind = 'TRANSFERRED'
      and (coalesce(x.recorded_declined, x.outcome_date) is null
           or e.event_date <= coalesce(x.recorded_declined, x.outcome_date))
    group by e.detainer_id
),
d as (
    select d.outcome, r.fips as issued_to, c.fips as custodian
    from detainer d
    left join latest_transfer t on t.detainer_id = d.id
    join facility_fips r on r.id = d.facility_id
    join facility_fips c on c.id = coalesce(t.facility_id, d.facility_id)
    where d.duplicate_of is null and not d.misdirected
),
counted as (
    select fips, sum(issued) as issued, sum(declined) as declined, sum(declined_of_issued) as declined_of_issued,
           sum(booked) as booked
    from (
        select issued_to as fips, 1 as issued, 0 as declined,
               case when outcome = 'DECLINED_BY_LEA' and custodian = issued_to then 1 else 0 end as declined_of_issued,
               case when outcome = 'BOOKED_INTO_ICE_CUSTODY' then 1 else 0 end as booked
        from d where issued_to is not null
        union all
        select custodian, 0, 1, 0, 0
        from d where custodian is not null and outcome = 'DECLINED_BY_LEA'
    )
    group by fips
),
eligible as (
    select c.*, j.name,
           case $1 when 'issued' then c.issued::double else c.declined_of_issued / c.issued end as value
    from counted c
    join jurisdiction j on j.fips = c.fips
    where case $1 when 'issued' then c.issued > 0 else c.issued >= $2 end
)
select rank() over (order by value desc) as rank, fips, name, issued, declined, declined_of_issued, booked
from eligible
order by value desc, fips
limit $3;
