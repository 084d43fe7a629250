-- Per jurisdiction with any: restrictive policies on record, and facilities attributed to it (by rule
-- or a person's decision). What changes only with an import.
select coalesce(p.jurisdiction_fips, f.jurisdiction_fips), coalesce(p.policies, 0), coalesce(f.facilities, 0)
from (select jurisdiction_fips, count(*) as policies from policy group by jurisdiction_fips) p
full join (select jurisdiction_fips, count(*) as facilities from facility
           where resolution in ('RULE', 'MANUAL') and jurisdiction_fips is not null group by jurisdiction_fips) f
       on f.jurisdiction_fips = p.jurisdiction_fips;
