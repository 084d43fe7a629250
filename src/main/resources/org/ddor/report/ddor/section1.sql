-- Section I: detainers issued in the period to jurisdictions whose restrictive policy was in
-- effect on the issued date, most first. $1 first day, $2 last day, $3 how many.
with covered as (
    select a.id, a.jurisdiction_fips, a.outcome,
           max(s.category) as category
    from ddor_attributed a
    join ddor_policy_scope s
      on s.jurisdiction_fips = a.jurisdiction_fips
     and a.issued >= s.effective_from and (s.effective_to is null or a.issued < s.effective_to)
    where a.issued between $1 and $2 and a.jurisdiction_fips is not null
    group by a.id, a.jurisdiction_fips, a.outcome
)
select c.jurisdiction_fips, j.name, j.state, j.aor, min(c.category) as category,
       count(*) as issued,
       count(*) filter (where c.outcome = 'DECLINED_BY_LEA') as declined
from covered c
join jurisdiction j on j.fips = c.jurisdiction_fips
group by all
order by issued desc, c.jurisdiction_fips
limit $3;
