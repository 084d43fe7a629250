-- Charge categories of the declines placed in the period and of the detainers issued in it.
-- $1 first day, $2 last day, $3 a jurisdiction's FIPS code or null for the nation.
-- The category is that of the most serious conviction charge (NCIC code group, see
-- charge_categories.csv); a record without one is put in a row that says why, by ICE's
-- criminality field where the release has it (ddor_charge_row_category, attribution.sql).
-- Duplicates are counted once; nationally, misdirected detainers' declines are left out (as in the
-- Declined Detainer Outcome Report). For a jurisdiction: the declines it made (custodian at the
-- decline) and the detainers issued to it.
with selected as (
    select
        ddor_charge_row_category(charge_category, msc_charge, criminality) as category,
        charge_category is not null as categorised,
        issued, placed_declined, exclusion_code, issued_jurisdiction_fips, jurisdiction_fips
    from ddor_attributed
    where coalesce(exclusion_code, '') <> 'duplicate'
      and (issued between $1 and $2 or placed_declined between $1 and $2)
)
select category, bool_or(categorised),
       count(*) filter (where placed_declined between $1 and $2 and coalesce(exclusion_code, '') <> 'misdirected'
                        and ($3::varchar is null or jurisdiction_fips = $3::varchar)) as declined,
       count(*) filter (where issued between $1 and $2
                        and ($3::varchar is null or issued_jurisdiction_fips = $3::varchar)) as issued
from selected
group by category
having declined + issued > 0
order by category;
