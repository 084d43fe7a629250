-- Rebuilds the derived tables unit_day, unit_fiscal_year, unit_name and facility_records from
-- detainer, custody_event, facility and jurisdiction. Run by every import in its own transaction,
-- after the rows are stored (and by migration V005), so they always agree with the records: nothing
-- else writes those tables.
--
-- unit_day holds, per unit kind (FACILITY, JURISDICTION, STATE, AOR, NATION), day and unit, the
-- ranking's figures of that day by the rules of attribution.sql (RankingConsistencyTest holds them
-- to the ddor_attributed view), so that any period's figures are a sum over its days:
--  issued             detainers issued that day to the unit of their receiving facility
--  declined           declines placed that day (recorded-as-declined date, else outcome date, else
--                     issued date) made by the unit of the custodian at the outcome
--  declined_of_issued detainers issued that day to the unit that the unit itself declined
--  booked             detainers issued that day to the unit booked into ICE custody
-- Duplicates are left out; misdirected detainers and those of facilities not attributable to a
-- unit count for the row whose unit is null. The kind NATION (unit 'US') holds the national series:
-- every detainer but duplicates issued that day (misdirected ones too) and their bookings, and the
-- declines placed that day but of misdirected detainers (as the report's summary and trend).
-- Rows are written kind by kind in day order, so that DuckDB skips the row groups outside a period.
-- unit_fiscal_year holds the same figures per fiscal year, for periods that span whole fiscal years.
--
-- unit_name names every unit a ranking can show, as it shows them; facility_records counts every
-- record (duplicates included) issued to each facility: the facility list's "records".

-- The detainers' figures by issued or placed day and (receiving, custodian) facility: the grain
-- every unit kind is summed from. The custodian is the facility of the latest transfer up to the
-- outcome (ties: the highest facility id), as attribution.sql orders them.
create or replace temp table ddor_pair_day as
with transfer as (
    select e.detainer_id, arg_max(e.facility_id, (e.event_date, e.facility_id)) as facility_id
    from custody_event e
    join detainer d on d.id = e.detainer_id
    where e.kind = 'TRANSFERRED'
      and (coalesce(d.recorded_declined, d.outcome_date) is null
           or e.event_date <= coalesce(d.recorded_declined, d.outcome_date))
    group by e.detainer_id
),
counted as (
    select d.issued, d.outcome,
           case when d.outcome = 'DECLINED_BY_LEA' then coalesce(d.recorded_declined, d.outcome_date, d.issued) end as placed,
           d.facility_id as receiving_id,
           coalesce(t.facility_id, d.facility_id) as custodian_id
    from detainer d
    left join transfer t on t.detainer_id = d.id
    where d.duplicate_of is null and not d.misdirected
)
select issued as day, receiving_id, custodian_id, count(*) as issued,
       count(*) filter (where outcome = 'DECLINED_BY_LEA') as issued_declined,
       count(*) filter (where outcome = 'BOOKED_INTO_ICE_CUSTODY') as booked,
       0 as declined
from counted
group by all
union all
select placed, receiving_id, custodian_id, 0, 0, 0, count(*)
from counted
where placed is not null
group by all;

-- Each facility's units: itself, and, when it is attributed (rule or a person's decision) and run by
-- a county, a city or a state, its jurisdiction, that jurisdiction's state and AOR (§1.4).
create or replace temp table ddor_facility_unit as
select f.id, f.id::varchar as facility, j.fips, j.state, j.aor
from facility f
left join jurisdiction j
  on j.fips = case when f.resolution in ('RULE', 'MANUAL') and f.operator in ('COUNTY', 'CITY', 'STATE')
                   then f.jurisdiction_fips end;

delete from unit_day;

insert into unit_day
select 'FACILITY', day, unit::varchar, sum(issued), sum(declined), sum(declined_of_issued), sum(booked)
from (
    select day, receiving_id as unit, issued, 0 as declined,
           case when receiving_id = custodian_id then issued_declined else 0 end as declined_of_issued, booked
    from ddor_pair_day where issued > 0
    union all
    select day, custodian_id, 0, declined, 0, 0 from ddor_pair_day where declined > 0
)
group by day, unit
order by day, unit;

-- The figures of units that are a jurisdiction or made of jurisdictions, by day: kind JURISDICTION
-- (its FIPS code), STATE (USPS code) or AOR. A detainer is declined "of issued" when the unit it was
-- issued to is the unit that declined it.
create or replace temp macro ddor_jurisdiction_units(kind) as table
with unit_of as (
    select id, case kind when 'JURISDICTION' then fips when 'STATE' then state when 'AOR' then aor end as unit
    from ddor_facility_unit
)
select kind as unit_kind, day, unit, sum(issued) as issued, sum(declined) as declined,
       sum(declined_of_issued) as declined_of_issued, sum(booked) as booked
from (
    select p.day, r.unit, p.issued, 0 as declined,
           case when r.unit = c.unit then p.issued_declined else 0 end as declined_of_issued, p.booked
    from ddor_pair_day p
    join unit_of r on r.id = p.receiving_id
    join unit_of c on c.id = p.custodian_id
    where p.issued > 0
    union all
    select p.day, c.unit, 0, p.declined, 0, 0
    from ddor_pair_day p join unit_of c on c.id = p.custodian_id
    where p.declined > 0
)
group by day, unit
order by day, unit;

insert into unit_day select * from ddor_jurisdiction_units('JURISDICTION');

insert into unit_day select * from ddor_jurisdiction_units('STATE');

insert into unit_day select * from ddor_jurisdiction_units('AOR');

insert into unit_day
select 'NATION', day, 'US', sum(issued), sum(declined), sum(declined_of_issued), sum(booked)
from (
    select issued as day, 1 as issued, 0 as declined,
           (outcome = 'DECLINED_BY_LEA')::integer as declined_of_issued,
           (outcome = 'BOOKED_INTO_ICE_CUSTODY')::integer as booked
    from detainer where duplicate_of is null
    union all
    select coalesce(recorded_declined, outcome_date, issued), 0, 1, 0, 0
    from detainer where duplicate_of is null and not misdirected and outcome = 'DECLINED_BY_LEA'
)
group by day
order by day;

-- The same figures per fiscal year (FY2025 runs from 2024-10-01 to 2025-09-30: the year of the day 92
-- days later), for periods that span whole fiscal years.
delete from unit_fiscal_year;

insert into unit_fiscal_year
select unit_kind, year(day + interval 92 day)::integer as fiscal_year, unit, sum(issued), sum(declined),
       sum(declined_of_issued), sum(booked)
from unit_day
group by all
order by unit_kind, fiscal_year, unit;

-- Every unit's name, kind, state, AOR and, for a facility, a detail saying where it is and whom it
-- counts for.
delete from unit_name;

insert into unit_name
select 'FACILITY', f.id::varchar, f.raw_name, lower(f.operator), f.state, fj.aor,
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
from facility f
left join jurisdiction fj on fj.fips = f.jurisdiction_fips
union all
select 'JURISDICTION', fips, name, lower(kind), state, aor, null from jurisdiction
union all
select 'STATE', state, name, 'state', state, aor, null from jurisdiction where kind = 'STATE'
union all
select distinct 'AOR', aor, 'AOR ' || aor, 'area of responsibility', null::varchar, aor, null::varchar
from jurisdiction where aor is not null;

delete from facility_records;

insert into facility_records
select facility_id, count(*) from detainer group by facility_id;

drop table ddor_pair_day;

drop table ddor_facility_unit;

drop macro table ddor_jurisdiction_units;
