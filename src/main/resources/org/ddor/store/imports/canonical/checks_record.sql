-- Names each row's first problem (column, reason, value). Every statement touches only rows
-- still without a problem. First the version and the record kind; then CanonicalImporter checks
-- that a row leaves the other record kind's columns empty, and checks_values.sql the values.
-- The vocabulary (versions, types, outcomes, event kinds, operators, resolutions) comes from
-- DDOR's enums through ddor_canon_vocabulary, so the messages list exactly what DDOR accepts.

update ddor_canon_parsed set reject_column = 'ddor_canonical_version', reject_value = ddor_canonical_version,
    reject_reason = case when ddor_canonical_version is null then 'canonical version is missing'
        else 'canonical version ' || ddor_canonical_version || ' is not supported; this DDOR reads version '
             || (select string_agg(value, ', ') from ddor_canon_vocabulary where vocabulary = 'version') end
where reject_reason is null
  and (version_value is null
       or version_value not in (select value from ddor_canon_vocabulary where vocabulary = 'version'));

update ddor_canon_parsed set reject_column = 'record', reject_value = record,
    reject_reason = case when record is null then 'record is missing: expected detainer or custody_event'
        else 'unknown record ''' || record || '''; expected detainer or custody_event' end
where reject_reason is null and (record_kind is null or record_kind not in ('detainer', 'custody_event'));

update ddor_canon_parsed set reject_column = 'generated_sample_data', reject_value = generated_sample_data,
    reject_reason = 'expected TRUE or FALSE'
where reject_reason is null and generated_sample_data is not null and generated_value is null;
