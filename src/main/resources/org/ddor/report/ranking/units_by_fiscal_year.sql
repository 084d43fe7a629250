-- Every unit's figures, as units.sql gives them, for a period that spans whole fiscal years (all the
-- data, a fiscal year, several): the whole years' figures from unit_fiscal_year and those of the days
-- before and after them from unit_day, both derived at import (store/derived/unit_day.sql). A full-
-- history ranking then sums a few rows per unit and year instead of one per unit and day.
-- $1 the unit (FACILITY, JURISDICTION, STATE or AOR), $2 and $3 the first and last whole fiscal
-- year, $4 and $5 the days before the first (an empty range when none), $6 and $7 the days after
-- the last (likewise).
select unit, sum(issued)::bigint as issued, sum(declined)::bigint as declined,
       sum(declined_of_issued)::bigint as declined_of_issued, sum(booked)::bigint as booked
from (
    select unit, issued, declined, declined_of_issued, booked
    from unit_fiscal_year
    where unit_kind = $1 and fiscal_year between $2 and $3
    union all
    select unit, issued, declined, declined_of_issued, booked
    from unit_day
    where unit_kind = $1 and day between $4::date and $5::date
    union all
    select unit, issued, declined, declined_of_issued, booked
    from unit_day
    where unit_kind = $1 and day between $6::date and $7::date
)
group by unit;
