-- Facilities located in the jurisdiction's state that count for no jurisdiction because their
-- resolution is ambiguous or unresolved, each with the detainers issued to it in the period
-- (duplicates and misdirected left out: ddor_facility_issued, from the figures derived at import).
-- Which of them mention the jurisdiction is decided by the builder. $1 USPS state code; $2 to $7 the
-- period cut at fiscal years (FiscalYearCut).
select f.id, f.ice_code, f.raw_name, f.city, f.state, f.operator, f.resolution, f.evidence, coalesce(c.records, 0)
from facility f
left join ddor_facility_issued($2, $3, $4::date, $5::date, $6::date, $7::date) c on c.facility_id = f.id
where f.state = $1 and f.resolution in ('AMBIGUOUS', 'UNRESOLVED')
order by f.raw_name, f.id;
