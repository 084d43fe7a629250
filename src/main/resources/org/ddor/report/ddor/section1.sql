-- Section I: detainers issued in the period to jurisdictions (of the receiving facility) whose
-- restrictive policy was in effect on the issued date, most first; and how many of them that
-- jurisdiction declined (it was the custodian at the decline: a detainer transferred elsewhere and
-- declined there is the other jurisdiction's decline, DESIGN.md §1.2). The category shown is that
-- of the policy covering the jurisdiction's latest detainer of the period, its own policy before
-- its state's (as Section II's policy_in_effect.sql prefers). $1 first day, $2 last day, $3 how many.
with covering as (
    select a.id, a.issued, a.issued_jurisdiction_fips, a.outcome, a.jurisdiction_fips, s.category,
           row_number() over (partition by a.id
                              order by length(s.policy_fips) desc, s.effective_from desc, s.policy_id desc) as preference
    from ddor_attributed_period a
    join ddor_policy_scope s
      on s.jurisdiction_fips = a.issued_jurisdiction_fips
     and a.issued >= s.effective_from and (s.effective_to is null or a.issued < s.effective_to)
    where a.issued between $1 and $2 and a.issued_jurisdiction_fips is not null
)
select c.issued_jurisdiction_fips, j.name, j.state, j.aor, arg_max(c.category, c.issued) as category,
       count(*) as issued,
       count(*) filter (where c.outcome = 'DECLINED_BY_LEA'
                        and c.jurisdiction_fips = c.issued_jurisdiction_fips) as declined
from covering c
join jurisdiction j on j.fips = c.issued_jurisdiction_fips
where c.preference = 1
group by c.issued_jurisdiction_fips, j.name, j.state, j.aor
order by issued desc, c.issued_jurisdiction_fips
limit $3;
