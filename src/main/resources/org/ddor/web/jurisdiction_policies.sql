-- A jurisdiction's restrictive policies, and its state's (which apply to it), most recent first. $1 FIPS.
select p.jurisdiction_fips, j.name, p.enacted, p.enacted_raw, p.instrument, p.title, p.criteria, p.category,
       p.effective_from, p.effective_to, p.source
from policy p
join jurisdiction j on j.fips = p.jurisdiction_fips
where p.jurisdiction_fips = $1 or p.jurisdiction_fips = substr($1, 1, 2)
order by p.effective_from desc nulls last, p.id desc;
