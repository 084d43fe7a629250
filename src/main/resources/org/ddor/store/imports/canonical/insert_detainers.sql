-- Stores the file's detainers as the file gives them: nothing is re-derived (outcome, type,
-- charge category, conviction flag, misdirected, declined date). A detainer whose record key the
-- store already holds is skipped and counted; the stored one wins. The detainer's release, sheet
-- and row are the canonical file's; its original ones go to detainer_origin.
insert into detainer
select
    ? + row_number() over (order by p.file_row) as id,
    ? as release_id,
    null as sheet,
    p.file_row,
    p.record_key,
    p.subject_key,
    p.type_raw,
    p.type_value,
    p.issued_raw,
    p.issued_value,
    f.id,
    p.issuing_aor,
    p.citizenship,
    p.gender,
    p.birth_year_value,
    p.criminality,
    p.msc_charge,
    p.msc_charge_code,
    p.charge_category,
    p.convicted_value,
    p.msc_charge_date_value,
    p.msc_conviction_date_value,
    p.lift_reason_raw,
    p.outcome_value,
    p.outcome_date_value,
    p.declined_date_value,
    coalesce(p.misdirected_value, false),
    p.duplicate_likely_value,
    null
from ddor_canon_parsed p
join ddor_canon_row_facility rf on rf.file_row = p.file_row
join facility f on f.facility_key = rf.facility_key
where p.record_kind = 'detainer' and p.reject_reason is null
  and p.record_key not in (select record_key from detainer where record_key is not null);
