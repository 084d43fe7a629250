-- Every detainer with the facts reports select on (DESIGN.md §1, §5; definitions in docs/reports.md):
--  * receiving facility: the facility the detainer was issued to. Figures of detainers *issued*
--    count for its jurisdiction (issued_jurisdiction_fips), or name why not (issued_exclusion_code);
--  * custodian: the facility holding the person when the outcome happened — the receiving
--    facility, or the facility of the latest transfer on or before the outcome (§1.2). Outcomes
--    (declines) count for its jurisdiction (jurisdiction_fips), or name why not (exclusion_code, in words exclusion);
--  * jurisdiction: a facility's government, only when the facility is attributed (rule or a
--    person's decision) and run by a county, a city or a state (§1.4);
--  * exclusion: why a record counts for no jurisdiction — duplicate, misdirected (§1.3), facility
--    ambiguous or unresolved (§1.1), run by the federal government, a private company or ICE
--    (§1.4), operator unknown, or no jurisdiction recorded — as words and as a stable code (the
--    code is part of the figure keys of 'ddor report rows');
--  * placed_declined: the date that puts a decline in a period, and the rule that chose it: the
--    recorded-as-declined date, else the outcome date, else (declined date unknown) the issued date.
-- The view depends on the store only (no current_date): a report is a pure function of the store
-- and its parameters, so the same store always gives the same report.

-- Words for each exclusion code, in the order Section IV lists them.
create or replace temp view ddor_exclusion_reason as
select * from (values
    (1, 'duplicate', 'duplicate'),
    (2, 'misdirected', 'misdirected'),
    (3, 'facility-ambiguous', 'facility ambiguous'),
    (4, 'facility-unresolved', 'facility unresolved'),
    (5, 'facility-federal', 'facility run by federal'),
    (6, 'facility-private', 'facility run by private'),
    (7, 'facility-ice', 'facility run by ice'),
    (8, 'operator-unknown', 'operator unknown'),
    (9, 'no-jurisdiction', 'facility without a jurisdiction')
) as reason(position, code, words);

-- The row of the charge category table a record counts in: the category of its most serious
-- conviction charge, else a row that says why it has none (by ICE's criminality field where the
-- release has it). crimes/categories.sql counts by it and crimes/rows/category.sql lists by it.
create or replace temp macro ddor_charge_row_category(charge_category, msc_charge, criminality) as
    case
        when charge_category is not null then charge_category
        when msc_charge is not null then '(conviction charge without a category)'
        when criminality is not null
            then '(no conviction charge: ' || lower(trim(regexp_replace(criminality, '^\s*\d+\s*', ''))) || ')'
        else '(no conviction charge recorded)'
    end;

-- ddor_attribute(first_day, last_day): the attribution of the detainers issued, recorded as declined
-- or with an outcome in those days. A table macro, so that a report of a period attributes only its
-- own detainers: a view over the whole store filtered afterwards would attribute every detainer.
create or replace temp macro ddor_attribute(first_day, last_day) as table
with transfer as (
    -- The latest transfer up to the outcome (every transfer when the outcome has no date). Two
    -- transfers on one day are ordered by facility id so that the choice is always the same.
    select e.detainer_id, e.facility_id,
           row_number() over (partition by e.detainer_id order by e.event_date desc, e.facility_id desc) as latest
    from custody_event e
    join detainer d on d.id = e.detainer_id
    where e.kind = 'TRANSFERRED'
      and (coalesce(d.recorded_declined, d.outcome_date) is null
           or e.event_date <= coalesce(d.recorded_declined, d.outcome_date))
),
facility_attribution as (
    select id,
           case when resolution in ('RULE', 'MANUAL') and operator in ('COUNTY', 'CITY', 'STATE')
                then jurisdiction_fips end as fips,
           case
               when resolution = 'AMBIGUOUS' then 'facility-ambiguous'
               when resolution = 'UNRESOLVED' then 'facility-unresolved'
               when operator = 'FEDERAL' then 'facility-federal'
               when operator = 'PRIVATE' then 'facility-private'
               when operator = 'ICE' then 'facility-ice'
               when operator not in ('COUNTY', 'CITY', 'STATE') then 'operator-unknown'
               when resolution not in ('RULE', 'MANUAL') or jurisdiction_fips is null then 'no-jurisdiction'
           end as exclusion_code
    from facility
),
coded as (
    select
        d.*,
        coalesce(t.facility_id, d.facility_id) as custodian_facility_id,
        coalesce(t.facility_id, d.facility_id) <> d.facility_id as transferred,
        case when d.duplicate_of is not null then 'duplicate'
             when d.misdirected then 'misdirected'
             else ra.exclusion_code end as issued_exclusion_code,
        case when d.duplicate_of is not null then 'duplicate'
             when d.misdirected then 'misdirected'
             else ca.exclusion_code end as exclusion_code,
        ra.fips as receiving_fips,
        ca.fips as custodian_fips
    from detainer d
    left join transfer t on t.detainer_id = d.id and t.latest = 1
    join facility_attribution ra on ra.id = d.facility_id
    join facility_attribution ca on ca.id = coalesce(t.facility_id, d.facility_id)
    where d.issued between first_day and last_day
       or d.recorded_declined between first_day and last_day
       or d.outcome_date between first_day and last_day
)
select
    c.id,
    c.release_id,
    c.sheet,
    c.source_row,
    c.subject_key,
    c.issued,
    c.outcome,
    c.raw_lift_reason,
    c.recorded_declined,
    c.outcome_date,
    c.citizenship,
    c.criminality,
    c.msc_charge,
    c.charge_category,
    c.facility_id as receiving_facility_id,
    c.custodian_facility_id,
    c.transferred,
    f.operator,
    f.resolution,
    case when c.issued_exclusion_code is null then c.receiving_fips end as issued_jurisdiction_fips,
    c.issued_exclusion_code,
    case when c.exclusion_code is null then c.custodian_fips end as jurisdiction_fips,
    c.exclusion_code,
    r.words as exclusion,
    case when c.outcome = 'DECLINED_BY_LEA' then coalesce(c.recorded_declined, c.outcome_date, c.issued) end as placed_declined,
    case when c.outcome = 'DECLINED_BY_LEA' then
        case when c.recorded_declined is not null then 'recorded-as-declined date'
             when c.outcome_date is not null then 'outcome date'
             else 'issued date (declined date unknown)' end
    end as declined_rule,
    case when c.outcome = 'DECLINED_BY_LEA' then
        case when c.recorded_declined is not null then 'recorded-declined-date'
             when c.outcome_date is not null then 'outcome-date'
             else 'issued-date' end
    end as declined_rule_code
from coded c
join facility f on f.id = c.custodian_facility_id
left join ddor_exclusion_reason r on r.code = c.exclusion_code;

-- Every detainer of the store, attributed.
create or replace temp view ddor_attributed as
select * from ddor_attribute(date '0001-01-01', date '9999-12-31');

-- Restrictive policies in effect, per jurisdiction and day range. A state's policy applies to
-- the state's own facilities and to every county and city in it (docs/reports.md).
create or replace temp view ddor_policy_scope as
select p.id as policy_id, j.fips as jurisdiction_fips, p.category, p.effective_from, p.effective_to,
       p.jurisdiction_fips as policy_fips
from policy p
join jurisdiction j on j.fips = p.jurisdiction_fips
   or (length(p.jurisdiction_fips) = 2 and left(j.fips, 2) = p.jurisdiction_fips);
