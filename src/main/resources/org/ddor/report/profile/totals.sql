-- The jurisdiction's figures for the period, as the ranking counts them (ranking/units.sql, from
-- the figures per unit and day derived at import): detainers issued to it, the declines it made,
-- those of its detainers it declined itself, and bookings of its detainers. $1 first day, $2 last
-- day, $3 FIPS code.
select coalesce(sum(issued), 0)::bigint, coalesce(sum(declined), 0)::bigint,
       coalesce(sum(declined_of_issued), 0)::bigint, coalesce(sum(booked), 0)::bigint
from unit_day
where unit_kind = 'JURISDICTION' and unit = $3 and day between $1 and $2;
