select f.id, f.raw_name, f.city, f.state, f.ice_code, f.operator, f.jurisdiction_fips,
       case when j.fips is null then null else j.name || ', ' || j.state end as jurisdiction,
       f.resolution, count(d.id) as records, f.evidence
from facility f
left join jurisdiction j on j.fips = f.jurisdiction_fips
left join detainer d on d.facility_id = f.id
where (? is null or f.resolution = ?)
group by all
order by records desc, f.raw_name
limit ?;
