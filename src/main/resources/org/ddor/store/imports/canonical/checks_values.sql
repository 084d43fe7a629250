-- The values of each row, in the order of the columns; only rows still without a problem.
-- Checks that span rows (a record key used twice, a custody event's detainer, one decision per
-- facility) follow in cross_checks.sql.

update ddor_canon_parsed set reject_column = 'record_key', reject_value = null, reject_reason = 'record_key is missing'
where reject_reason is null and record_kind = 'detainer' and record_key is null;

update ddor_canon_parsed set reject_column = 'detainer_ref', reject_value = null,
    reject_reason = 'detainer_ref is missing: a custody event names the record_key of its detainer'
where reject_reason is null and record_kind = 'custody_event' and detainer_ref is null;

update ddor_canon_parsed set reject_column = 'event_kind', reject_value = event_kind,
    reject_reason = case when event_kind is null then 'event_kind is missing' else 'unknown event kind ''' || event_kind
        || '''; expected one of ' || (select string_agg(value, ', ' order by position) from ddor_canon_vocabulary
                                      where vocabulary = 'event_kind') end
where reject_reason is null and record_kind = 'custody_event'
  and (event_kind_value is null
       or event_kind_value not in (select value from ddor_canon_vocabulary where vocabulary = 'event_kind'));

update ddor_canon_parsed set reject_column = 'event_date', reject_value = event_date,
    reject_reason = case when event_date is null then 'event_date is missing' else 'not a date: expected YYYY-MM-DD' end
where reject_reason is null and record_kind = 'custody_event' and event_date_value is null;

update ddor_canon_parsed set reject_column = 'type', reject_value = type,
    reject_reason = case when type is null then 'type is missing' else 'unknown detainer type ''' || type
        || '''; expected one of ' || (select string_agg(value, ', ' order by position) from ddor_canon_vocabulary
                                      where vocabulary = 'type') end
where reject_reason is null and record_kind = 'detainer'
  and (type_value is null or type_value not in (select value from ddor_canon_vocabulary where vocabulary = 'type'));

update ddor_canon_parsed set reject_column = 'issued', reject_value = issued,
    reject_reason = case when issued is null then 'issued date is missing'
        when issued_value is null then 'not a date: expected YYYY-MM-DD'
        else 'issued date outside 1990-01-01 .. today' end
where reject_reason is null and record_kind = 'detainer'
  and (issued_value is null or issued_value < date '1990-01-01' or issued_value > current_date + 1);

update ddor_canon_parsed set reject_column = 'birth_year', reject_value = birth_year, reject_reason = 'not a birth year'
where reject_reason is null and record_kind = 'detainer' and birth_year is not null
  and (birth_year_value is null or birth_year_value < 1900 or birth_year_value > year(current_date));

update ddor_canon_parsed set reject_column = 'convicted', reject_value = convicted, reject_reason = 'expected TRUE or FALSE'
where reject_reason is null and record_kind = 'detainer' and convicted is not null and convicted_value is null;

update ddor_canon_parsed set reject_column = 'msc_charge_date', reject_value = msc_charge_date,
    reject_reason = 'not a date: expected YYYY-MM-DD'
where reject_reason is null and record_kind = 'detainer' and msc_charge_date is not null and msc_charge_date_value is null;

update ddor_canon_parsed set reject_column = 'msc_conviction_date', reject_value = msc_conviction_date,
    reject_reason = 'not a date: expected YYYY-MM-DD'
where reject_reason is null and record_kind = 'detainer' and msc_conviction_date is not null
  and msc_conviction_date_value is null;

update ddor_canon_parsed set reject_column = 'outcome', reject_value = outcome,
    reject_reason = case when outcome is null then 'outcome is missing (UNKNOWN says the source does not tell)'
        else 'unknown outcome ''' || outcome || '''; expected one of '
             || (select string_agg(value, ', ' order by position) from ddor_canon_vocabulary where vocabulary = 'outcome') end
where reject_reason is null and record_kind = 'detainer'
  and (outcome_value is null or outcome_value not in (select value from ddor_canon_vocabulary where vocabulary = 'outcome'));

update ddor_canon_parsed set reject_column = 'outcome_date', reject_value = outcome_date,
    reject_reason = 'not a date: expected YYYY-MM-DD'
where reject_reason is null and record_kind = 'detainer' and outcome_date is not null and outcome_date_value is null;

update ddor_canon_parsed set reject_column = 'declined_date', reject_value = declined_date,
    reject_reason = case when declined_date_value is null then 'not a date: expected YYYY-MM-DD'
        else 'a declined date needs the outcome DECLINED_BY_LEA, not ' || outcome_value end
where reject_reason is null and record_kind = 'detainer' and declined_date is not null
  and (declined_date_value is null or outcome_value <> 'DECLINED_BY_LEA');

update ddor_canon_parsed set reject_column = 'misdirected', reject_value = misdirected, reject_reason = 'expected TRUE or FALSE'
where reject_reason is null and record_kind = 'detainer' and misdirected is not null and misdirected_value is null;

update ddor_canon_parsed set reject_column = 'duplicate_likely', reject_value = duplicate_likely,
    reject_reason = 'expected TRUE or FALSE'
where reject_reason is null and record_kind = 'detainer' and duplicate_likely is not null and duplicate_likely_value is null;

update ddor_canon_parsed set reject_column = 'duplicate_of_ref', reject_value = duplicate_of_ref,
    reject_reason = 'a detainer cannot be a duplicate of itself'
where reject_reason is null and record_kind = 'detainer' and duplicate_of_ref = record_key;

update ddor_canon_parsed set reject_column = 'facility_raw', reject_value = null, reject_reason = 'receiving facility is missing'
where reject_reason is null and facility_raw is null;

update ddor_canon_parsed set reject_column = 'facility_state', reject_value = facility_state,
    reject_reason = 'not a U.S. state or territory'
where reject_reason is null and facility_state is not null and facility_state_value is null;

update ddor_canon_parsed set reject_column = 'facility_operator', reject_value = facility_operator,
    reject_reason = case when facility_operator is null then 'facility_operator is missing (UNKNOWN says nobody knows)'
        else 'unknown operator ''' || facility_operator || '''; expected one of '
             || (select string_agg(value, ', ' order by position) from ddor_canon_vocabulary where vocabulary = 'operator') end
where reject_reason is null
  and (facility_operator_value is null
       or facility_operator_value not in (select value from ddor_canon_vocabulary where vocabulary = 'operator'));

update ddor_canon_parsed set reject_column = 'facility_resolution', reject_value = facility_resolution,
    reject_reason = case when facility_resolution is null then 'facility_resolution is missing'
        else 'unknown resolution ''' || facility_resolution || '''; expected one of '
             || (select string_agg(value, ', ' order by position) from ddor_canon_vocabulary where vocabulary = 'resolution') end
where reject_reason is null
  and (facility_resolution_value is null
       or facility_resolution_value not in (select value from ddor_canon_vocabulary where vocabulary = 'resolution'));

update ddor_canon_parsed set reject_column = 'facility_jurisdiction_fips', reject_value = facility_jurisdiction_fips,
    reject_reason = 'no jurisdiction has this FIPS code'
where reject_reason is null and facility_fips_value is not null
  and facility_fips_value not in (select fips from jurisdiction);

update ddor_canon_parsed set reject_column = 'facility_jurisdiction_fips', reject_value = facility_jurisdiction_fips,
    reject_reason = 'an ' || lower(facility_resolution_value) || ' facility has no jurisdiction'
where reject_reason is null and facility_fips_value is not null
  and facility_resolution_value in ('AMBIGUOUS', 'UNRESOLVED');

update ddor_canon_parsed set reject_column = 'facility_jurisdiction_fips', reject_value = null,
    reject_reason = 'a ' || lower(facility_operator_value) || ' facility resolved by ' || lower(facility_resolution_value)
        || ' needs its jurisdiction FIPS code'
where reject_reason is null and facility_fips_value is null
  and facility_operator_value in ('COUNTY', 'CITY') and facility_resolution_value in ('RULE', 'MANUAL');

update ddor_canon_parsed set reject_column = 'source_row', reject_value = source_row,
    reject_reason = 'expected a row number (1 or more)'
where reject_reason is null and record_kind = 'detainer' and source_row is not null
  and (source_row_value is null or source_row_value < 1);

update ddor_canon_parsed set reject_column = 'source_release', reject_value = null,
    reject_reason = 'source_sheet and source_row need source_release (the release they are rows of)'
where reject_reason is null and record_kind = 'detainer' and source_release is null
  and (source_sheet is not null or source_row is not null);
