-- Jurisdictions matching a search, by state and name. $1 the search text ('' for all): part of the
-- name, the FIPS code or the state's USPS code; $2 how many; $3 how many to skip. On every row, how
-- many jurisdictions match in all (jurisdiction_count.sql tells it when the page is empty). The
-- counts of policies and facilities come from jurisdiction_counts.sql, read once per store generation.
select j.fips, j.kind, j.name, j.state, j.aor, count(*) over () as matching
from jurisdiction j
where $1 = '' or strpos(lower(j.name), lower($1)) > 0 or j.fips = $1 or upper(j.state) = upper($1)
order by j.state, j.name, j.fips
limit $2 offset $3;
