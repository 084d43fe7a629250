-- Figures per day, for a series cut into buckets by the builder. $1 first day, $2 last day, $3 a
-- jurisdiction's FIPS code or null for the nation. Duplicates are counted once; nationally, the
-- declines of misdirected detainers are left out (as the report's summary and trend do). For a
-- jurisdiction (docs/reports.md): detainers issued to it (its receiving facility) and their
-- bookings, and the declines it made (it was the custodian at the decline).
with selected as (
    select issued, outcome, placed_declined, exclusion_code, issued_jurisdiction_fips, jurisdiction_fips
    from ddor_attributed
    where coalesce(exclusion_code, '') <> 'duplicate'
),
issued as (
    select issued as day, count(*) as issued,
           count(*) filter (where outcome = 'BOOKED_INTO_ICE_CUSTODY') as booked
    from selected
    where issued between $1 and $2
      and ($3::varchar is null or issued_jurisdiction_fips = $3::varchar)
    group by 1
),
declined as (
    select placed_declined as day, count(*) as declined
    from selected
    where placed_declined between $1 and $2 and coalesce(exclusion_code, '') <> 'misdirected'
      and ($3::varchar is null or jurisdiction_fips = $3::varchar)
    group by 1
)
select coalesce(i.day, d.day) as day, coalesce(i.issued, 0), coalesce(d.declined, 0), coalesce(i.booked, 0)
from issued i
full join declined d on d.day = i.day
order by 1;
