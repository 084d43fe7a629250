-- A record's identity across releases: a hash of its source values plus its occurrence among
-- identical rows of this file, so an overlapping release's rows match the stored ones while two
-- genuinely identical detainers in one file (same facility, same day) stay two records.
create temp table ddor_keyed as
with hashed as (
    select p.*, md5(concat_ws('|', issued, facility_raw, city_raw, state, facility_code_raw,
        type_raw, subject_key_raw, citizenship_raw, gender_raw, birth_year_raw, criminality_raw, msc_charge_raw,
        msc_charge_code_raw, msc_charge_date_raw, msc_conviction_date_raw, lift_reason_raw)) as content_key
    from ddor_parsed p
    where reject_reason is null
)
select h.*,
       content_key || ':' || row_number() over (partition by content_key order by source_row) as record_key,
       row_number() over (partition by content_key order by source_row) as occurrence
from hashed h;
