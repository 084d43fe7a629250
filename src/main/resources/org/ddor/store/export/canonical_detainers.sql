-- One batch of detainer rows of the canonical layout (docs/formats-canonical.md), in id order.
-- Column names are the canonical columns; detainer_id orders the rows and is not written.
-- Provenance is where the record was first read: its own release, sheet and row, or, for a record
-- that came through a canonical file, the origin that file carried (detainer_origin).
-- Parameters: after id, last id, release id or null (twice), the store holds generated data.
select
    d.id as detainer_id,
    '1' as ddor_canonical_version,
    'detainer' as record,
    case when r.generated or cast(? as boolean) then 'TRUE' else 'FALSE' end as generated_sample_data,
    coalesce(d.record_key, 'id:' || d.id) as record_key,
    d.subject_key,
    d.type,
    d.raw_type as type_raw,
    strftime(d.issued, '%Y-%m-%d') as issued,
    d.raw_issued as issued_raw,
    d.issuing_aor,
    d.citizenship,
    d.gender,
    cast(d.birth_year as varchar) as birth_year,
    d.criminality,
    case when d.convicted then 'TRUE' when not d.convicted then 'FALSE' end as convicted,
    d.msc_charge,
    d.msc_charge_code,
    d.charge_category,
    strftime(d.msc_charge_date, '%Y-%m-%d') as msc_charge_date,
    strftime(d.msc_conviction_date, '%Y-%m-%d') as msc_conviction_date,
    d.raw_lift_reason as lift_reason_raw,
    d.outcome,
    strftime(d.outcome_date, '%Y-%m-%d') as outcome_date,
    strftime(d.recorded_declined, '%Y-%m-%d') as declined_date,
    case when d.misdirected then 'TRUE' else 'FALSE' end as misdirected,
    case when d.duplicate_likely then 'TRUE' when not d.duplicate_likely then 'FALSE' end as duplicate_likely,
    case when d.duplicate_of is not null then coalesce(original.record_key, 'id:' || original.id) end as duplicate_of_ref,
    f.raw_name as facility_raw,
    f.city as facility_city,
    f.state as facility_state,
    f.ice_code as facility_code,
    f.operator as facility_operator,
    f.jurisdiction_fips as facility_jurisdiction_fips,
    f.resolution as facility_resolution,
    f.evidence as facility_evidence,
    coalesce(o.release_name, r.name) as source_release,
    case when o.detainer_id is null then d.sheet else o.sheet end as source_sheet,
    cast(case when o.detainer_id is null then d.source_row else o.source_row end as varchar) as source_row
from detainer d
join facility f on f.id = d.facility_id
join source_release r on r.id = d.release_id
left join detainer_origin o on o.detainer_id = d.id
left join detainer original on original.id = d.duplicate_of
where d.id > ? and d.id <= ? and (cast(? as bigint) is null or d.release_id = ?)
order by d.id;
