-- Facilities this file brings that the store does not have yet, with the file's decision. A
-- facility already in the store keeps the store's decision (it may have been corrected there).
create or replace temp table ddor_canon_new_facility as
select first_row, facility_key, facility_code, facility_raw, facility_city, facility_state, operator, fips,
       resolution, evidence
from ddor_canon_facility
where first_row = decided_row
  and facility_key in (select facility_key from ddor_canon_row_facility)
  and facility_key not in (select facility_key from facility);

-- Ids continue after the largest stored one, as the other imports number them (FacilityStep).
insert into facility
select (select coalesce(max(id), 0) from facility) + row_number() over (order by first_row),
       facility_key, facility_code, facility_raw, facility_city, facility_state, operator, fips, resolution, evidence
from ddor_canon_new_facility;
