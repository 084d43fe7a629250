-- One facility, one decision: the facilities of a canonical file are grouped by DDOR's facility
-- key (computed in Java into ddor_canon_facility_key); within a key the decision on the first row
-- wins, and rows that give the same facility another operator, jurisdiction, resolution or
-- evidence are rejected rather than silently overruled.
create or replace temp table ddor_canon_facility as
with keyed as (
    select t.*, k.facility_key
    from ddor_canon_facility_tuple t
    join ddor_canon_facility_key k on k.first_row = t.first_row
), winner as (
    select * from keyed
    where first_row in (select min(first_row) from keyed group by facility_key)
)
select k.*, w.first_row as decided_row,
       case when k.operator is distinct from w.operator then 'facility_operator'
            when k.fips is distinct from w.fips then 'facility_jurisdiction_fips'
            when k.resolution is distinct from w.resolution then 'facility_resolution'
            when k.evidence is distinct from w.evidence then 'facility_evidence' end as conflicting_column,
       case when k.operator is distinct from w.operator then w.operator
            when k.fips is distinct from w.fips then w.fips
            when k.resolution is distinct from w.resolution then w.resolution
            when k.evidence is distinct from w.evidence then w.evidence end as decided_value
from keyed k
join winner w on w.facility_key = k.facility_key;

update ddor_canon_parsed set reject_column = f.conflicting_column,
    reject_value = case f.conflicting_column when 'facility_operator' then facility_operator
        when 'facility_jurisdiction_fips' then facility_jurisdiction_fips
        when 'facility_resolution' then facility_resolution else facility_evidence end,
    reject_reason = 'facility ''' || ddor_canon_parsed.facility_raw || ''' has ' || f.conflicting_column || ' '''
        || coalesce(f.decided_value, '') || ''' on row ' || f.decided_row || '; one facility has one decision'
from ddor_canon_facility f
where ddor_canon_parsed.reject_reason is null
  and f.conflicting_column is not null
  and f.facility_raw = ddor_canon_parsed.facility_raw
  and f.facility_city is not distinct from ddor_canon_parsed.facility_city
  and f.facility_state is not distinct from ddor_canon_parsed.facility_state_value
  and f.facility_code is not distinct from ddor_canon_parsed.facility_code
  and f.operator = ddor_canon_parsed.facility_operator_value
  and f.fips is not distinct from ddor_canon_parsed.facility_fips_value
  and f.resolution = ddor_canon_parsed.facility_resolution_value
  and f.evidence is not distinct from ddor_canon_parsed.facility_evidence;
