-- The facilities the jurisdiction runs (facility.jurisdiction_fips), each with the detainers
-- issued to it in the period that count for the jurisdiction (they add up to the profile's
-- detainers issued). $1 first day, $2 last day, $3 FIPS code.
with counted as (
    select receiving_facility_id, count(*) as records
    from ddor_attributed
    where issued_jurisdiction_fips = $3 and issued between $1 and $2
    group by 1
)
select f.id, f.ice_code, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence, coalesce(c.records, 0)
from facility f
left join counted c on c.receiving_facility_id = f.id
where f.jurisdiction_fips = $3
order by f.raw_name, f.id;
