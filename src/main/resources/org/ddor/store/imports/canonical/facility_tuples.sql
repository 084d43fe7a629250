-- The distinct facility decisions of the rows without a problem so far, each with the first row
-- that gives it; CanonicalImporter computes each one's facility key.
create or replace temp table ddor_canon_facility_tuple as
select facility_raw, facility_city, facility_state_value as facility_state, facility_code,
       facility_operator_value as operator, facility_fips_value as fips,
       facility_resolution_value as resolution, facility_evidence as evidence, min(file_row) as first_row
from ddor_canon_parsed
where reject_reason is null
group by all
order by first_row;
