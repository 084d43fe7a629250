-- The jurisdiction's figures for the period, as the ranking counts them (ranking/units.sql):
-- detainers issued to it, the declines it made, those of its detainers it declined itself, and
-- bookings of its detainers. $1 first day, $2 last day, $3 FIPS code.
select count(*) filter (where issued_jurisdiction_fips = $3 and issued between $1 and $2),
       count(*) filter (where jurisdiction_fips = $3 and placed_declined between $1 and $2),
       count(*) filter (where issued_jurisdiction_fips = $3 and jurisdiction_fips = $3
                        and issued between $1 and $2 and outcome = 'DECLINED_BY_LEA'),
       count(*) filter (where issued_jurisdiction_fips = $3 and issued between $1 and $2
                        and outcome = 'BOOKED_INTO_ICE_CUSTODY')
from ddor_attributed
where issued_jurisdiction_fips = $3 or jurisdiction_fips = $3;
