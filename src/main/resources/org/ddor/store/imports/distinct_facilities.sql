select facility_raw, city_raw, state, facility_code_raw, count(*) as records
from ddor_parsed
where reject_reason is null
group by all
order by facility_raw, city_raw, state, facility_code_raw;
