-- The counties with detainers issued to them or declines they made in a period, by the report's rules
-- (attribution.sql), summed over the period's days of unit_day (the figures per jurisdiction and day
-- derived at import: store/derived/unit_day.sql). Counties without either are left out. $1 first day,
-- $2 last day.
select unit as fips, sum(issued)::bigint as issued, sum(declined)::bigint as declined
from unit_day
where unit_kind = 'JURISDICTION' and day between $1 and $2 and length(unit) = 5
group by unit;
