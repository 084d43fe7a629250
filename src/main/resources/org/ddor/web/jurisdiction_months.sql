-- A jurisdiction's figures by calendar month: detainers issued to it (receiving facility) and declines
-- it made (custodian at the decline), with the report's rules (attribution.sql), summed from unit_day
-- (store/derived/unit_day.sql). Months with neither are left out. $1 FIPS.
select date_trunc('month', day) as month, sum(issued)::bigint as issued, sum(declined)::bigint as declined
from unit_day
where unit_kind = 'JURISDICTION' and unit = $1
group by 1
having sum(issued) > 0 or sum(declined) > 0
order by 1;
