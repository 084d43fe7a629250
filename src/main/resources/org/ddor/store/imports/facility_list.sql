-- Facilities, most records first (every record issued to the facility, duplicates included:
-- facility_records, counted at import). $1 and $2 the resolution or null for all, $3 how many.
select f.id, f.raw_name, f.city, f.state, f.ice_code, f.operator, f.jurisdiction_fips,
       case when j.fips is null then null else j.name || ', ' || j.state end as jurisdiction,
       f.resolution, coalesce(r.records, 0) as records, f.evidence
from facility f
left join jurisdiction j on j.fips = f.jurisdiction_fips
left join facility_records r on r.facility_id = f.id
where (? is null or f.resolution = ?)
order by records desc, f.raw_name
limit ?;
