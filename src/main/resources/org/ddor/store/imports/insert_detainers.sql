-- Stores the new records. Rows already stored from an earlier release (same record key) are
-- skipped and counted. Exact repeats inside an ERO-LESA file (same subject, same values) and rows
-- ICE flags duplicate_likely point at the first record they repeat and are counted once.
-- Lift reasons are matched once per distinct text, not once per row (a regular expression per row).
insert into detainer
with outcome_of_reason as (
    select reason.lift_reason_raw, o.outcome
    from (select distinct lift_reason_raw from ddor_parsed where lift_reason_raw is not null) reason
    join ddor_outcome_lookup o on o.key = regexp_replace(lower(trim(reason.lift_reason_raw)), '[^a-z0-9]+', ' ', 'g')
)
select
    ? + r.new_rank as id,
    ? as release_id,
    ? as sheet,
    k.source_row,
    r.record_key,
    k.subject_key_raw,
    k.type_raw,
    k.detainer_type,
    k.issued_raw,
    k.issued,
    f.facility_id,
    k.aor_raw,
    k.citizenship_raw,
    k.gender_raw,
    k.birth_year,
    k.criminality_raw,
    k.msc_charge_raw,
    k.msc_charge_code_raw,
    cc.category,
    case when k.criminality_raw like '1%' then true when k.criminality_raw is null then null else false end,
    k.msc_charge_date,
    k.msc_conviction_date,
    k.lift_reason_raw,
    coalesce(o.outcome, case when k.lift_reason_raw is null then 'UNKNOWN' else 'OTHER' end),
    k.lift_date,
    case when coalesce(o.outcome, '') = 'DECLINED_BY_LEA' then k.declined_date end,
    false,
    k.duplicate_likely,
    null
from ddor_record_keys r
join ddor_parsed k on k.source_row = r.source_row
join ddor_facility_lookup f
  on f.facility_raw = k.facility_raw
 and f.city_raw is not distinct from k.city_raw
 and f.state is not distinct from k.state
 and f.facility_code_raw is not distinct from k.facility_code_raw
left join outcome_of_reason o on o.lift_reason_raw = k.lift_reason_raw
left join ddor_charge_category cc on cc.prefix = left(k.msc_charge_code_raw, 2)
where not r.stored;
