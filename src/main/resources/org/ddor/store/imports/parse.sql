-- Normalise staged text into typed values beside the raw text, and name the first problem of
-- each row that cannot be stored, in one pass (an UPDATE of a million-row table costs more than the read). Dates: ISO, ISO with time (ICE's 2015 extract), or M/D/YYYY.
-- The same pass hashes each row's source values (content_key, the first part of its record key: record_keys.sql).
create temp table ddor_parsed as
with typed as (
select
    s.*,
    coalesce(try_strptime(issued_raw, '%Y-%m-%d'), try_strptime(issued_raw, '%Y-%m-%d %H:%M:%S'),
             try_strptime(issued_raw, '%m/%d/%Y'))::date as issued,
    coalesce(try_strptime(msc_charge_date_raw, '%Y-%m-%d'), try_strptime(msc_charge_date_raw, '%Y-%m-%d %H:%M:%S'),
             try_strptime(msc_charge_date_raw, '%m/%d/%Y'))::date as msc_charge_date,
    coalesce(try_strptime(msc_conviction_date_raw, '%Y-%m-%d'), try_strptime(msc_conviction_date_raw, '%Y-%m-%d %H:%M:%S'),
             try_strptime(msc_conviction_date_raw, '%m/%d/%Y'))::date as msc_conviction_date,
    coalesce(try_strptime(lift_date_raw, '%Y-%m-%d'), try_strptime(lift_date_raw, '%Y-%m-%d %H:%M:%S'),
             try_strptime(lift_date_raw, '%m/%d/%Y'))::date as lift_date,
    coalesce(try_strptime(declined_date_raw, '%Y-%m-%d'), try_strptime(declined_date_raw, '%Y-%m-%d %H:%M:%S'),
             try_strptime(declined_date_raw, '%m/%d/%Y'))::date as declined_date,
    try_cast(birth_year_raw as integer) as birth_year,
    st.usps as state,
    case
        when type_raw is null then 'UNKNOWN'
        when regexp_matches(upper(type_raw), '^\s*I-?247A') then 'I247A'
        when regexp_matches(upper(type_raw), '^\s*I-?247D') then 'I247D'
        when regexp_matches(upper(type_raw), '^\s*I-?247N') then 'I247N'
        when regexp_matches(upper(type_raw), '^\s*I-?247X') then 'I247X'
        when regexp_matches(upper(type_raw), '^\s*I-?247([^A-Z]|$)') then 'I247'
        else 'UNKNOWN'
    end as detainer_type,
    case upper(duplicate_likely_raw) when 'TRUE' then true when 'YES' then true when 'T' then true when '1' then true
                                     when 'FALSE' then false when 'NO' then false when 'F' then false when '0' then false
    end as duplicate_likely
from ddor_staged s
left join ddor_state_lookup st on st.key = upper(s.state_raw)
), checked as (
select typed.*,
    case
        when starts_with(issued_raw, chr(0) || 'extra-cells:') then null
        when issued_raw is null or issued is null or issued < date '1990-01-01' or issued > current_date + 1 then 'issued_raw'
        when facility_raw is null then 'facility_raw'
        when state_raw is not null and state is null then 'state_raw'
        when birth_year_raw is not null and (birth_year is null or birth_year < 1900 or birth_year > year(current_date)) then 'birth_year_raw'
        when msc_charge_date_raw is not null and msc_charge_date is null then 'msc_charge_date_raw'
        when msc_conviction_date_raw is not null and msc_conviction_date is null then 'msc_conviction_date_raw'
        when lift_date_raw is not null and lift_date is null then 'lift_date_raw'
        when declined_date_raw is not null and declined_date is null then 'declined_date_raw'
        when duplicate_likely_raw is not null and duplicate_likely is null then 'duplicate_likely_raw'
    end as reject_field,
    case
        when starts_with(issued_raw, chr(0) || 'extra-cells:') then 'row has values beyond the header''s last column'
        when issued_raw is null then 'prepare date is missing'
        when issued is null then 'not a date: expected YYYY-MM-DD, M/D/YYYY or a spreadsheet date'
        when issued < date '1990-01-01' or issued > current_date + 1 then 'prepare date outside 1990-01-01 .. today'
        when facility_raw is null then 'receiving facility is missing'
        when state_raw is not null and state is null then 'not a U.S. state or territory'
        when birth_year_raw is not null and (birth_year is null or birth_year < 1900 or birth_year > year(current_date)) then 'not a birth year'
        when msc_charge_date_raw is not null and msc_charge_date is null then 'not a date'
        when msc_conviction_date_raw is not null and msc_conviction_date is null then 'not a date'
        when lift_date_raw is not null and lift_date is null then 'not a date'
        when declined_date_raw is not null and declined_date is null then 'not a date'
        when duplicate_likely_raw is not null and duplicate_likely is null then 'expected TRUE or FALSE'
    end as reject_reason
from typed
)
select checked.*,
    md5(concat_ws('|', issued, facility_raw, city_raw, state, facility_code_raw,
        type_raw, subject_key_raw, citizenship_raw, gender_raw, birth_year_raw, criminality_raw, msc_charge_raw,
        msc_charge_code_raw, msc_charge_date_raw, msc_conviction_date_raw, lift_reason_raw)) as content_key
from checked;
