-- Jurisdictions matching a search, by state and name. $1 the search text ('' for all): part of the
-- name, the FIPS code or the state's USPS code; $2 how many; $3 how many to skip.
-- Counts: restrictive policies on record, and facilities attributed to the jurisdiction.
select j.fips, j.kind, j.name, j.state, j.aor,
       (select count(*) from policy p where p.jurisdiction_fips = j.fips) as policies,
       (select count(*) from facility f where f.jurisdiction_fips = j.fips
                                          and f.resolution in ('RULE', 'MANUAL')) as facilities
from jurisdiction j
where $1 = '' or strpos(lower(j.name), lower($1)) > 0 or j.fips = $1 or upper(j.state) = upper($1)
order by j.state, j.name, j.fips
limit $2 offset $3;
