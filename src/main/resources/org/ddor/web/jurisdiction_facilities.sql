-- Facilities attributed to a jurisdiction (by rule or a person's decision), most records first
-- (every record issued to the facility: facility_records, counted at import). $1 FIPS.
select f.id, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence, coalesce(r.records, 0) as records
from facility f
left join facility_records r on r.facility_id = f.id
where f.jurisdiction_fips = $1 and f.resolution in ('RULE', 'MANUAL')
order by records desc, f.raw_name;
