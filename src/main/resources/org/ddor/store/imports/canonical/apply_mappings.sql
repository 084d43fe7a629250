-- A person's decision recorded in this store ('ddor facilities map') wins over the file's decision
-- for a facility new to the store, as it wins over the rules in every import. The evidence reads
-- as FacilityMappings writes it.
update facility set operator = m.operator, jurisdiction_fips = m.jurisdiction_fips, resolution = 'MANUAL',
    evidence = 'decided by ' || m.decided_by || ' on ' || strftime(m.decided_at, '%Y-%m-%d') || ': ' || m.reason
from facility_mapping m
where facility.facility_key in (select facility_key from ddor_canon_new_facility)
  and m.raw_name = facility.raw_name and m.state = coalesce(facility.state, '');
