-- Facilities and their records (facility_records, counted at import) per resolution.
select f.resolution, count(*), coalesce(sum(r.records), 0)::bigint
from facility f
left join facility_records r on r.facility_id = f.id
group by 1
order by 1;
