-- Facilities already in the store whose stored decision differs from this file's (the store's wins).
select count(*)
from ddor_canon_facility c
join facility f on f.facility_key = c.facility_key
where c.first_row = c.decided_row
  and c.facility_key in (select facility_key from ddor_canon_row_facility)
  and c.facility_key not in (select facility_key from ddor_canon_new_facility)
  and (f.operator <> c.operator or f.jurisdiction_fips is distinct from c.fips or f.resolution <> c.resolution
       or f.evidence is distinct from c.evidence);
