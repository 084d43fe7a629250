-- Jurisdictions matching a search, by state and name. $1 the search text ('' for all): part of the
-- name, the FIPS code or the state's USPS code; $2 how many; $3 how many to skip. Counts:
-- restrictive policies on record, and facilities attributed to the jurisdiction (joined as grouped
-- counts: correlated subqueries took twice as long); and, on every row, how many jurisdictions
-- match in all (jurisdiction_count.sql tells it when the page is empty).
with matched as (
    select j.fips, j.kind, j.name, j.state, j.aor, count(*) over () as matching
    from jurisdiction j
    where $1 = '' or strpos(lower(j.name), lower($1)) > 0 or j.fips = $1 or upper(j.state) = upper($1)
    order by j.state, j.name, j.fips
    limit $2 offset $3
)
select m.fips, m.kind, m.name, m.state, m.aor,
       coalesce(p.policies, 0) as policies,
       coalesce(f.facilities, 0) as facilities,
       m.matching
from matched m
left join (select jurisdiction_fips, count(*) as policies from policy group by jurisdiction_fips) p
       on p.jurisdiction_fips = m.fips
left join (select jurisdiction_fips, count(*) as facilities from facility
           where resolution in ('RULE', 'MANUAL') group by jurisdiction_fips) f
       on f.jurisdiction_fips = m.fips
order by m.state, m.name, m.fips;
