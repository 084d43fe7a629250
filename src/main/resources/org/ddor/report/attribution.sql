-- Every detainer with the facts reports select on (DESIGN.md §1, §5):
--  * custodian: the facility holding the person when the outcome happened — the receiving facility,
--    or the facility of the latest transfer on or before the outcome (§1.2);
--  * jurisdiction: the custodian's government, only when the facility is attributed (rule or a
--    person's decision) and run by a county, a city or a state (§1.4);
--  * exclusion: why a record counts for no jurisdiction (duplicate, misdirected, facility not
--    attributable, or run by the federal government, a private company or ICE);
--  * placed_declined: the date that puts a decline in a period, and the rule that chose it: the
--    recorded-as-declined date, else the outcome date, else (declined date unknown) the issued date.
create or replace temp view ddor_attributed as
with last_transfer as (
    select d.id as detainer_id, arg_max(e.facility_id, e.event_date) as facility_id
    from detainer d
    join custody_event e on e.detainer_id = d.id and e.kind = 'TRANSFERRED'
     and e.event_date <= coalesce(d.recorded_declined, d.outcome_date, current_date)
    group by d.id
)
select
    d.id,
    d.release_id,
    d.sheet,
    d.source_row,
    d.subject_key,
    d.issued,
    d.outcome,
    d.raw_lift_reason,
    d.recorded_declined,
    d.outcome_date,
    d.citizenship,
    d.criminality,
    d.msc_charge,
    d.charge_category,
    d.facility_id as receiving_facility_id,
    coalesce(t.facility_id, d.facility_id) as custodian_facility_id,
    t.facility_id is not null as transferred,
    f.operator,
    f.resolution,
    case when f.resolution in ('RULE', 'MANUAL') and f.operator in ('COUNTY', 'CITY', 'STATE')
          and not d.misdirected and d.duplicate_of is null
         then f.jurisdiction_fips end as jurisdiction_fips,
    case
        when d.duplicate_of is not null then 'duplicate'
        when d.misdirected then 'misdirected'
        when f.resolution = 'AMBIGUOUS' then 'facility ambiguous'
        when f.resolution = 'UNRESOLVED' then 'facility unresolved'
        when f.operator in ('FEDERAL', 'PRIVATE', 'ICE') then 'facility run by ' || lower(f.operator)
        when f.operator not in ('COUNTY', 'CITY', 'STATE') then 'operator unknown'
    end as exclusion,
    case when d.outcome = 'DECLINED_BY_LEA' then coalesce(d.recorded_declined, d.outcome_date, d.issued) end as placed_declined,
    case when d.outcome = 'DECLINED_BY_LEA' then
        case when d.recorded_declined is not null then 'recorded-as-declined date'
             when d.outcome_date is not null then 'outcome date'
             else 'issued date (declined date unknown)' end
    end as declined_rule
from detainer d
left join last_transfer t on t.detainer_id = d.id
join facility f on f.id = coalesce(t.facility_id, d.facility_id);

-- Restrictive policies in effect, per jurisdiction and day range. A state's policy applies to
-- the state's own facilities and to every county and city in it (docs/reports.md).
create or replace temp view ddor_policy_scope as
select p.id as policy_id, j.fips as jurisdiction_fips, p.category, p.effective_from, p.effective_to,
       p.jurisdiction_fips as policy_fips
from policy p
join jurisdiction j on j.fips = p.jurisdiction_fips
   or (length(p.jurisdiction_fips) = 2 and left(j.fips, 2) = p.jurisdiction_fips);
