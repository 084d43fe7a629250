-- The custody events of one batch of detainers, by detainer id and then by their own values, so
-- that two stores holding the same events write them in the same order.
-- Parameters: as canonical_detainers.sql.
select
    d.id as detainer_id,
    '1' as ddor_canonical_version,
    'custody_event' as record,
    case when r.generated or cast(? as boolean) then 'TRUE' else 'FALSE' end as generated_sample_data,
    coalesce(d.record_key, 'id:' || d.id) as detainer_ref,
    e.kind as event_kind,
    strftime(e.event_date, '%Y-%m-%d') as event_date,
    e.source as event_source,
    f.raw_name as facility_raw,
    f.city as facility_city,
    f.state as facility_state,
    f.ice_code as facility_code,
    f.operator as facility_operator,
    f.jurisdiction_fips as facility_jurisdiction_fips,
    f.resolution as facility_resolution,
    f.evidence as facility_evidence
from custody_event e
join detainer d on d.id = e.detainer_id
join facility f on f.id = e.facility_id
join source_release r on r.id = d.release_id
where d.id > ? and d.id <= ? and (cast(? as bigint) is null or d.release_id = ?)
order by d.id, e.event_date, e.kind, f.raw_name, f.city, f.state, f.ice_code, e.source;
