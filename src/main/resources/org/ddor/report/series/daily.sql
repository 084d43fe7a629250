-- Figures per day, for a series cut into buckets by the builder. $1 first day, $2 last day, $3 a
-- jurisdiction's FIPS code or null for the nation. Duplicates are counted once; nationally, the
-- declines of misdirected detainers are left out (as the report's summary and trend do). For a
-- jurisdiction (docs/reports.md): detainers issued to it (its receiving facility) and their
-- bookings, and the declines it made (it was the custodian at the decline). Read from unit_day,
-- the figures per unit and day derived at import (store/derived/unit_day.sql: its NATION rows are
-- the national figures); days without any figure are left out.
select day, sum(issued)::bigint as issued, sum(declined)::bigint as declined, sum(booked)::bigint as booked
from unit_day
where day between $1 and $2
  and (($3::varchar is null and unit_kind = 'NATION') or (unit_kind = 'JURISDICTION' and unit = $3::varchar))
group by day
having sum(issued) > 0 or sum(declined) > 0
order by day;
