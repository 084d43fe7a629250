-- Every figure and row of the Declined Detainer Outcome Report except Section III and Section IV's
-- list of releases, in one statement: the detainers the report can touch are attributed once
-- (ddor_attribute, attribution.sql), and each set of figures is one branch of a union, its rows
-- tagged by `part` and ordered by `position`.
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
-- section2   1..       FIPS (declined it)  name                 state, aor, category (charge category), day issued,
--                                                               last_day placed, n1 detainer id, n2 age in days or
--                                                               null, citizenship, rule, charge, criminality,
--                                                               flag (declined date known)
-- policy     0         FIPS of a section2  name (instrument)    category, detail (enacted, as written), flag (state-wide)
with period as materialized (
    -- Detainers issued, recorded as declined or with an outcome from the trend's first day to $2.
    select id, issued, outcome, recorded_declined, outcome_date, transferred, issued_jurisdiction_fips,
           jurisdiction_fips, issued_exclusion_code, exclusion_code, placed_declined, declined_rule, declined_rule_code
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
declines as (
    -- Section II: declines placed in the period, regardless of issued date, by the jurisdiction that
    -- declined (the custodian at the time of the outcome).
    select id, jurisdiction_fips, issued, recorded_declined, outcome_date, placed_declined, declined_rule,
           declined_rule_code
    from period
    where placed_declined between $1::date and $2::date and jurisdiction_fips is not null
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
-- The branches are united by name: a column a branch does not name is null in its rows.
-- Summary: issued nationally, duplicates once; declines placed in the period, neither duplicates
-- nor misdirected; issued to restricted jurisdictions.
select 'summary' as part, 0 as position,
       count(*) filter (where issued between $1::date and $2::date and coalesce(exclusion_code, '') <> 'duplicate') as n1,
       count(*) filter (where placed_declined between $1::date and $2::date
                        and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')) as n2,
       (select count(*) from covering) as n3
from period
union all by name
-- Section IV: old declines ($6 days or more from issue to the placing date), declines attributed
-- after a transfer, open disputes.
select 'fidelity' as part, 0 as position,
       count(*) filter (where placed_declined between $1::date and $2::date and jurisdiction_fips is not null
                        and datediff('day', issued, placed_declined) >= $6) as n1,
       count(*) filter (where placed_declined between $1::date and $2::date and jurisdiction_fips is not null
                        and transferred) as n2,
       (select count(*) from dispute where status = 'OPEN') as n3
from period
union all by name
select 'range' as part, 0 as position, min(issued) as day, max(issued) as last_day
from detainer
union all by name
select 'trend' as part, 12 - w.k as position, $2::date - (7 * w.k + 6) as day,
       coalesce(sum(t.issued), 0) as n1, coalesce(sum(t.declined), 0) as n2
from (select cast(range as integer) as k from range(12)) w
left join trend_counts t on t.k = w.k
group by w.k
union all by name
select 'section1' as part, position, fips as key, name, state, aor, category, issued as n1, declined as n2
from (select *, row_number() over (order by issued desc, fips) as position from restricted)
where position <= $4
union all by name
select 'exclusion' as part, r.position, r.code as key, r.words as name,
       count(*) filter (where e.by_issued) as n1, count(*) filter (where not e.by_issued) as n2
from excluded e
join ddor_exclusion_reason r on r.code = e.code
group by r.position, r.words, r.code
union all by name
-- Section IV: which rule placed each decline of the period (duplicates and misdirected declines
-- are no one's declines, as in the summary).
select 'placement' as part, row_number() over (order by declined_rule) as position, declined_rule_code as key,
       declined_rule as name, count(*) as n1
from period
where placed_declined between $1::date and $2::date and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
group by declined_rule, declined_rule_code
union all by name
-- Section IV: days on which one jurisdiction had at least $5 declines recorded (by recorded-as-
-- declined date only: a burst on an issued date says nothing about recording).
select 'burst' as part, row_number() over (order by count(*) desc, a.recorded_declined, a.jurisdiction_fips) as position,
       a.jurisdiction_fips as key, j.name || ', ' || j.state as name, a.recorded_declined as day, count(*) as n1,
       median(datediff('day', a.issued, a.recorded_declined))::bigint as n2
from period a
join jurisdiction j on j.fips = a.jurisdiction_fips
where a.recorded_declined between $1::date and $2::date
group by a.recorded_declined, a.jurisdiction_fips, j.name, j.state
having count(*) >= $5
union all by name
-- Section II, a row per decline. The age of a detainer at decline is unknown (null) when the
-- declined date is: a decline placed by its issued date is not 0 days old. The few declines are
-- joined back to their text fields here rather than carried through the attribution.
select 'section2' as part,
       row_number() over (order by j.state, j.name, x.placed_declined, x.issued, x.id) as position,
       x.jurisdiction_fips as key, j.name, j.state, j.aor, d.charge_category as category, x.issued as day,
       x.placed_declined as last_day, x.id as n1,
       case when x.declined_rule_code <> 'issued-date' then datediff('day', x.issued, x.placed_declined) end as n2,
       d.citizenship, x.declined_rule as rule, d.msc_charge as charge, d.criminality,
       x.recorded_declined is not null or x.outcome_date is not null as flag
from declines x
join detainer d on d.id = x.id
join jurisdiction j on j.fips = x.jurisdiction_fips
union all by name
-- The restrictive policy in effect on the period's last day for each jurisdiction of Section II: its
-- own before its state's; of two in effect from the same day, the later row of the policy table.
select 'policy' as part, 0 as position, s.jurisdiction_fips as key, p.instrument as name, p.category,
       p.enacted_raw as detail, length(s.policy_fips) = 2 as flag
from ddor_policy_scope s
join policy p on p.id = s.policy_id
where s.effective_from <= $2::date and (s.effective_to is null or $2::date < s.effective_to)
  and s.jurisdiction_fips in (select jurisdiction_fips from declines)
qualify row_number() over (partition by s.jurisdiction_fips
                           order by length(s.policy_fips) desc, s.effective_from desc, p.id desc) = 1
order by part, position;
