-- Facilities attributed to a jurisdiction (by rule or a person's decision), most records first. $1 FIPS.
select f.id, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence, count(d.id) as records
from facility f
left join detainer d on d.facility_id = f.id
where f.jurisdiction_fips = $1 and f.resolution in ('RULE', 'MANUAL')
group by f.id, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence
order by records desc, f.raw_name;
