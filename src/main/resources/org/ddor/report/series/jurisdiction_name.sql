-- A jurisdiction's name as reports print it: "Montgomery County, PA", or "Pennsylvania" for a state.
select case when kind = 'STATE' then name else name || ', ' || state end
from jurisdiction
where fips = $1;
