-- Types every value of a canonical file beside its text. Text values are kept exactly as written
-- (a round trip must not change them); typed values are read from the text without surrounding
-- spaces. Dates are ISO (YYYY-MM-DD) only: a canonical file is written by DDOR, which writes
-- nothing else. Words (outcome, operator, ...) are matched case-insensitively against DDOR's
-- vocabulary; booleans are TRUE or FALSE.
create or replace temp table ddor_canon_parsed as
with trimmed as (
    select r.*,
           trim(r.issued) as issued_text, trim(r.msc_charge_date) as msc_charge_date_text,
           trim(r.msc_conviction_date) as msc_conviction_date_text, trim(r.outcome_date) as outcome_date_text,
           trim(r.declined_date) as declined_date_text, trim(r.event_date) as event_date_text
    from ddor_canon_rows r
)
select
    t.* exclude (issued_text, msc_charge_date_text, msc_conviction_date_text, outcome_date_text, declined_date_text,
                 event_date_text),
    trim(t.ddor_canonical_version) as version_value,
    lower(trim(t.record)) as record_kind,
    case upper(trim(t.generated_sample_data)) when 'TRUE' then true when 'FALSE' then false end as generated_value,
    upper(trim(t.type)) as type_value,
    case when regexp_full_match(issued_text, '\d{4}-\d{2}-\d{2}') then try_cast(issued_text as date) end
        as issued_value,
    case when regexp_full_match(trim(t.birth_year), '\d{4}') then try_cast(trim(t.birth_year) as integer) end
        as birth_year_value,
    case upper(trim(t.convicted)) when 'TRUE' then true when 'FALSE' then false end as convicted_value,
    case when regexp_full_match(msc_charge_date_text, '\d{4}-\d{2}-\d{2}') then try_cast(msc_charge_date_text as date) end
        as msc_charge_date_value,
    case when regexp_full_match(msc_conviction_date_text, '\d{4}-\d{2}-\d{2}')
         then try_cast(msc_conviction_date_text as date) end as msc_conviction_date_value,
    upper(trim(t.outcome)) as outcome_value,
    case when regexp_full_match(outcome_date_text, '\d{4}-\d{2}-\d{2}') then try_cast(outcome_date_text as date) end
        as outcome_date_value,
    case when regexp_full_match(declined_date_text, '\d{4}-\d{2}-\d{2}') then try_cast(declined_date_text as date) end
        as declined_date_value,
    case upper(trim(t.misdirected)) when 'TRUE' then true when 'FALSE' then false end as misdirected_value,
    case upper(trim(t.duplicate_likely)) when 'TRUE' then true when 'FALSE' then false end as duplicate_likely_value,
    upper(trim(t.event_kind)) as event_kind_value,
    case when regexp_full_match(event_date_text, '\d{4}-\d{2}-\d{2}') then try_cast(event_date_text as date) end
        as event_date_value,
    st.usps as facility_state_value,
    trim(t.facility_jurisdiction_fips) as facility_fips_value,
    upper(trim(t.facility_operator)) as facility_operator_value,
    upper(trim(t.facility_resolution)) as facility_resolution_value,
    case when regexp_full_match(trim(t.source_row), '[0-9]{1,18}') then try_cast(trim(t.source_row) as bigint) end
        as source_row_value,
    cast(null as varchar) as reject_column,
    cast(null as varchar) as reject_reason,
    cast(null as varchar) as reject_value
from trimmed t
left join ddor_canon_state st on st.key = upper(trim(t.facility_state));
