-- How many jurisdictions jurisdiction_list.sql matches. $1 the search text ('' for all).
select count(*)
from jurisdiction j
where $1 = '' or strpos(lower(j.name), lower($1)) > 0 or j.fips = $1 or upper(j.state) = upper($1);
