-- Every policy row of the jurisdiction and of its state, oldest first, with whether it was in
-- effect on day $2 (null: no day to ask about). $1 FIPS code.
select p.id, p.jurisdiction_fips,
       case when j.kind = 'STATE' then j.name else j.name || ', ' || j.state end,
       length(p.jurisdiction_fips) = 2 and length($1::varchar) = 5 as statewide,
       p.enacted, p.enacted_raw, p.instrument, p.title, p.category, p.criteria, p.effective_from, p.effective_to,
       p.source,
       case when $2::date is null then null
            else p.effective_from <= $2::date and (p.effective_to is null or $2::date < p.effective_to) end
from policy p
join jurisdiction j on j.fips = p.jurisdiction_fips
where p.jurisdiction_fips = $1::varchar or p.jurisdiction_fips = left($1::varchar, 2)
order by p.effective_from nulls first, p.enacted nulls first, p.id;
