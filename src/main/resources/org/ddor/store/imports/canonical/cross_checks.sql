-- Checks that span rows, after one-decision-per-facility: a record key names one detainer, and a
-- custody event names a detainer of this file (not rejected) or of the store.
update ddor_canon_parsed set reject_column = 'record_key', reject_value = ddor_canon_parsed.record_key,
    reject_reason = 'record_key repeats row ' || f.first_row || '; every detainer has its own'
from (select record_key, min(file_row) as first_row from ddor_canon_parsed
      where record_kind = 'detainer' and record_key is not null group by record_key) f
where ddor_canon_parsed.reject_reason is null and ddor_canon_parsed.record_kind = 'detainer'
  and ddor_canon_parsed.record_key = f.record_key and ddor_canon_parsed.file_row > f.first_row;

update ddor_canon_parsed set reject_column = 'detainer_ref', reject_value = detainer_ref,
    reject_reason = coalesce('detainer_ref names row ' || (select min(d.file_row) from ddor_canon_parsed d
                                 where d.record_kind = 'detainer' and d.record_key = ddor_canon_parsed.detainer_ref)
                             || ', which was rejected',
                             'detainer_ref names no detainer in this file or the store')
where reject_reason is null and record_kind = 'custody_event'
  and detainer_ref not in (select record_key from ddor_canon_parsed
                           where record_kind = 'detainer' and reject_reason is null)
  and detainer_ref not in (select record_key from detainer where record_key is not null);

-- The facility key of every row that will be stored.
create or replace temp table ddor_canon_row_facility as
select p.file_row, f.facility_key
from ddor_canon_parsed p
join ddor_canon_facility f
  on f.facility_raw = p.facility_raw
 and f.facility_city is not distinct from p.facility_city
 and f.facility_state is not distinct from p.facility_state_value
 and f.facility_code is not distinct from p.facility_code
 and f.operator = p.facility_operator_value
 and f.fips is not distinct from p.facility_fips_value
 and f.resolution = p.facility_resolution_value
 and f.evidence is not distinct from p.facility_evidence
where p.reject_reason is null;
