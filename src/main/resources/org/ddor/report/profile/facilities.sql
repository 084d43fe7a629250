-- The facilities the jurisdiction runs (facility.jurisdiction_fips), each with the detainers
-- issued to it in the period that count for the jurisdiction (they add up to the profile's
-- detainers issued): the facility's (ddor_facility_issued, from the figures derived at import) when
-- it is attributed to the jurisdiction and run by a county, a city or a state (attribution.sql),
-- else none. $1 FIPS code; $2 to $7 the period cut at fiscal years (FiscalYearCut).
select f.id, f.ice_code, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence,
       case when f.resolution in ('RULE', 'MANUAL') and f.operator in ('COUNTY', 'CITY', 'STATE')
            then coalesce(c.records, 0) else 0 end
from facility f
left join ddor_facility_issued($2, $3, $4::date, $5::date, $6::date, $7::date) c on c.facility_id = f.id
where f.jurisdiction_fips = $1
order by f.raw_name, f.id;
