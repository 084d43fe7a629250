-- Every count of the Declined Detainer Outcome Report but Section II's rows, in one statement: the
-- detainers the report can touch are attributed once (ddor_attribute, attribution.sql), and each
-- set of figures is one branch of a union, its rows tagged by `part` and ordered by `position`.
-- Performance: a report's fixed cost is DuckDB's cost per statement (parse, plan, start), several
-- ms each; one statement instead of a temporary table and a dozen queries is most of a weekly
-- report's time on a large store (docs/benchmarks.md). Definitions in docs/reports.md.
-- $1 first day, $2 last day, $3 the trend's first day ($2 - 83, or $1 if earlier), $4 Section I's
-- length, $5 the declines recorded on one day that make a burst, $6 the days that make a decline old.
--
-- part       position  key                 name                 other columns
-- summary    0                                                  n1 issued, n2 declined, n3 issued to restricted
-- fidelity   0                                                  n1 old, n2 transferred, n3 open disputes
-- range      0                                                  day first issued, last_day last issued (store)
-- trend      1..12                                              day first day of the week, n1 issued, n2 declined
-- section1   rank      FIPS                name                 state, aor, category, n1 issued, n2 declined
-- exclusion  reason's  code                words                n1 issued, n2 declined
-- placement  1..       rule code           rule in words        n1 declines
-- burst      1..       FIPS                "name, ST"           day, n1 declines, n2 median age in days
with period as materialized (
    -- Detainers issued, recorded as declined or with an outcome from the trend's first day to $2.
    select id, issued, outcome, recorded_declined, transferred, issued_jurisdiction_fips, jurisdiction_fips,
           issued_exclusion_code, exclusion_code, placed_declined, declined_rule, declined_rule_code
    from ddor_attribute($3::date, $2::date)
),
covering as (
    -- Detainers issued in the period to a jurisdiction whose restrictive policy (its own or its
    -- state's) was in effect on the issued date, with the policy that covers it: its own before its
    -- state's, then the latest in effect.
    select a.issued, a.issued_jurisdiction_fips as fips, a.outcome, a.jurisdiction_fips, s.category,
           row_number() over (partition by a.id
                              order by length(s.policy_fips) desc, s.effective_from desc, s.policy_id desc) as preference
    from period a
    join ddor_policy_scope s
      on s.jurisdiction_fips = a.issued_jurisdiction_fips
     and a.issued >= s.effective_from and (s.effective_to is null or a.issued < s.effective_to)
    where a.issued between $1::date and $2::date and a.issued_jurisdiction_fips is not null
    qualify preference = 1
),
restricted as (
    -- Section I: per jurisdiction, detainers issued to it while restricted, and how many of them it
    -- declined itself (it was the custodian at the decline, DESIGN.md §1.2). The category shown is
    -- that of the policy covering the jurisdiction's latest detainer of the period.
    select c.fips, j.name, j.state, j.aor, arg_max(c.category, c.issued) as category, count(*) as issued,
           count(*) filter (where c.outcome = 'DECLINED_BY_LEA' and c.jurisdiction_fips = c.fips) as declined
    from covering c
    join jurisdiction j on j.fips = c.fips
    group by c.fips, j.name, j.state, j.aor
),
excluded as (
    -- Section IV: detainers issued in the period by why their receiving facility's jurisdiction
    -- gets no count, and declines placed in the period by why their custodian's gets none.
    select issued_exclusion_code as code, true as by_issued
    from period
    where issued between $1::date and $2::date and issued_exclusion_code is not null
    union all
    select exclusion_code, false
    from period
    where placed_declined between $1::date and $2::date and exclusion_code is not null
),
trend_counts as (
    -- The twelve 7-day weeks ending on $2: each record falls in week k = ($2 - date) // 7.
    select cast(datediff('day', issued, $2::date) // 7 as integer) as k, 1 as issued, 0 as declined
    from period
    where issued between $2::date - 83 and $2::date and coalesce(exclusion_code, '') <> 'duplicate'
    union all
    select cast(datediff('day', placed_declined, $2::date) // 7 as integer), 0, 1
    from period
    where placed_declined between $2::date - 83 and $2::date
      and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
)
-- Summary: issued nationally, duplicates once; declines placed in the period, neither duplicates
-- nor misdirected; issued to restricted jurisdictions.
select 'summary' as part, 0 as position, null as key, null as name, null as state, null as aor,
       null as category, null::date as day, null::date as last_day,
       count(*) filter (where issued between $1::date and $2::date and coalesce(exclusion_code, '') <> 'duplicate') as n1,
       count(*) filter (where placed_declined between $1::date and $2::date
                        and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')) as n2,
       (select count(*) from covering) as n3
from period
union all
-- Section IV: old declines ($6 days or more from issue to the placing date), declines attributed
-- after a transfer, open disputes.
select 'fidelity', 0, null, null, null, null, null, null, null,
       count(*) filter (where placed_declined between $1::date and $2::date and jurisdiction_fips is not null
                        and datediff('day', issued, placed_declined) >= $6),
       count(*) filter (where placed_declined between $1::date and $2::date and jurisdiction_fips is not null
                        and transferred),
       (select count(*) from dispute where status = 'OPEN')
from period
union all
select 'range', 0, null, null, null, null, null, min(issued), max(issued), null, null, null
from detainer
union all
select 'trend', 12 - w.k, null, null, null, null, null, $2::date - (7 * w.k + 6), null,
       coalesce(sum(t.issued), 0), coalesce(sum(t.declined), 0), null
from (select cast(range as integer) as k from range(12)) w
left join trend_counts t on t.k = w.k
group by w.k
union all
select 'section1', position, fips, name, state, aor, category, null, null, issued, declined, null
from (select *, row_number() over (order by issued desc, fips) as position from restricted)
where position <= $4
union all
select 'exclusion', r.position, r.code, r.words, null, null, null, null, null,
       count(*) filter (where e.by_issued), count(*) filter (where not e.by_issued), null
from excluded e
join ddor_exclusion_reason r on r.code = e.code
group by r.position, r.words, r.code
union all
-- Section IV: which rule placed each decline of the period (duplicates and misdirected declines
-- are no one's declines, as in the summary).
select 'placement', row_number() over (order by declined_rule), declined_rule_code, declined_rule, null, null, null,
       null, null, count(*), null, null
from period
where placed_declined between $1::date and $2::date and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
group by declined_rule, declined_rule_code
union all
-- Section IV: days on which one jurisdiction had at least $5 declines recorded (by recorded-as-
-- declined date only: a burst on an issued date says nothing about recording).
select 'burst', row_number() over (order by count(*) desc, a.recorded_declined, a.jurisdiction_fips),
       a.jurisdiction_fips, j.name || ', ' || j.state, null, null, null, a.recorded_declined, null, count(*),
       median(datediff('day', a.issued, a.recorded_declined))::bigint, null
from period a
join jurisdiction j on j.fips = a.jurisdiction_fips
where a.recorded_declined between $1::date and $2::date
group by a.recorded_declined, a.jurisdiction_fips, j.name, j.state
having count(*) >= $5
order by part, position;
