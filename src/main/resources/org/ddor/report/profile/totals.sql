-- The jurisdiction's figures for the period, as the ranking counts them (ranking/units.sql, from
-- the figures derived at import per fiscal year and per day): detainers issued to it, the declines
-- it made, those of its detainers it declined itself, and bookings of its detainers. $1 FIPS code;
-- $2 to $7 the period cut at fiscal years (FiscalYearCut): the first and last whole fiscal year, the
-- days before them, the days after them.
select coalesce(sum(issued), 0)::bigint, coalesce(sum(declined), 0)::bigint,
       coalesce(sum(declined_of_issued), 0)::bigint, coalesce(sum(booked), 0)::bigint
from (
    select issued, declined, declined_of_issued, booked
    from unit_fiscal_year
    where unit_kind = 'JURISDICTION' and unit = $1 and fiscal_year between $2 and $3
    union all
    select issued, declined, declined_of_issued, booked
    from unit_day
    where unit_kind = 'JURISDICTION' and unit = $1 and day between $4::date and $5::date
    union all
    select issued, declined, declined_of_issued, booked
    from unit_day
    where unit_kind = 'JURISDICTION' and unit = $1 and day between $6::date and $7::date
);
