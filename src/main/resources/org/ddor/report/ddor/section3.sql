-- Section III: policies in effect at any time in the period, most recently enacted first.
-- $1 first day, $2 last day.
select p.jurisdiction_fips, j.name || case when j.kind = 'STATE' then ' (state-wide)' else ', ' || j.state end,
       j.aor, p.enacted, p.enacted_raw, p.instrument, p.criteria, p.category, p.effective_from, p.effective_to,
       p.source
from policy p
join jurisdiction j on j.fips = p.jurisdiction_fips
where p.effective_from <= $2 and (p.effective_to is null or p.effective_to > $1)
order by p.enacted desc nulls last, j.state, j.name, p.id;
