-- The weekly DDOR report written by hand against the store's tables, as an analyst fluent in SQL
-- would write it from docs/reports.md: the baseline DDOR's report model is compared with
-- (bench/core, docs/benchmarks.md). One statement, every figure and row of every section:
--   summary (issued, declined, issued to restricted jurisdictions), the twelve-week trend,
--   Section I (top 10 restricted jurisdictions: issued, declined, policy category), Section II
--   (each decline with its jurisdiction, citizenship, dates, rule, age, charge, criminality and the
--   policy in effect), Section III (policies in effect), Section IV (releases and their coverage,
--   exclusions by reason for issued and declined, placement rules, bursts, old and transferred
--   declines, open disputes) and the store's date range.
-- It uses none of DDOR's views: the attribution rules (custodian after the latest transfer,
-- duplicates, misdirected, facility resolution and operator, declined date placement) are written
-- out. $1 first day, $2 last day.
with facility_rule as (
    select id,
           case when resolution in ('RULE', 'MANUAL') and operator in ('COUNTY', 'CITY', 'STATE')
                then jurisdiction_fips end as fips,
           case when resolution = 'AMBIGUOUS' then 'facility-ambiguous'
                when resolution = 'UNRESOLVED' then 'facility-unresolved'
                when operator = 'FEDERAL' then 'facility-federal'
                when operator = 'PRIVATE' then 'facility-private'
                when operator = 'ICE' then 'facility-ice'
                when operator not in ('COUNTY', 'CITY', 'STATE') then 'operator-unknown'
                when resolution not in ('RULE', 'MANUAL') or jurisdiction_fips is null then 'no-jurisdiction' end as reason
    from facility
),
d as materialized (
    select d.id, d.issued, d.outcome, d.recorded_declined, d.outcome_date, d.citizenship, d.charge_category,
           d.msc_charge, d.criminality,
           coalesce(t.facility_id, d.facility_id) <> d.facility_id as transferred,
           case when d.duplicate_of is not null then 'duplicate' when d.misdirected then 'misdirected' end as own_reason,
           r.fips as receiving_fips, r.reason as receiving_reason, c.fips as custodian_fips, c.reason as custodian_reason,
           case when d.outcome = 'DECLINED_BY_LEA' then coalesce(d.recorded_declined, d.outcome_date, d.issued) end as placed,
           case when d.outcome <> 'DECLINED_BY_LEA' then null
                when d.recorded_declined is not null then 'recorded-declined-date'
                when d.outcome_date is not null then 'outcome-date' else 'issued-date' end as rule
    from detainer d
    left join (select e.detainer_id, arg_max(e.facility_id, (e.event_date, e.facility_id)) as facility_id
               from custody_event e join detainer x on x.id = e.detainer_id
               where e.kind = 'TRANSFERRED'
                 and (coalesce(x.recorded_declined, x.outcome_date) is null
                      or e.event_date <= coalesce(x.recorded_declined, x.outcome_date))
               group by e.detainer_id) t on t.detainer_id = d.id
    join facility_rule r on r.id = d.facility_id
    join facility_rule c on c.id = coalesce(t.facility_id, d.facility_id)
    where d.issued between least($1::date, $2::date - 83) and $2::date
       or d.recorded_declined between least($1::date, $2::date - 83) and $2::date
       or d.outcome_date between least($1::date, $2::date - 83) and $2::date
),
a as (
    select *, coalesce(own_reason, receiving_reason) as issued_reason, coalesce(own_reason, custodian_reason) as decline_reason,
           case when own_reason is null and receiving_reason is null then receiving_fips end as issued_fips,
           case when own_reason is null and custodian_reason is null then custodian_fips end as decline_fips
    from d
),
scope as (
    select p.id, p.category, p.effective_from, p.effective_to, j.fips, length(p.jurisdiction_fips) = 2 as statewide,
           p.instrument, p.enacted_raw
    from policy p
    join jurisdiction j on j.fips = p.jurisdiction_fips
       or (length(p.jurisdiction_fips) = 2 and left(j.fips, 2) = p.jurisdiction_fips)
),
restricted as (
    select a.id, a.issued, a.issued_fips, a.outcome, a.decline_fips, s.category
    from a join scope s on s.fips = a.issued_fips and a.issued >= s.effective_from
                       and (s.effective_to is null or a.issued < s.effective_to)
    where a.issued between $1 and $2
    qualify row_number() over (partition by a.id order by s.statewide, s.effective_from desc, s.id desc) = 1
),
policy_now as (
    select * from scope where effective_from <= $2 and (effective_to is null or $2 < effective_to)
    qualify row_number() over (partition by fips order by statewide, effective_from desc, id desc) = 1
)
select 'summary' as part, null as k, null as v, count(*) filter (where issued between $1 and $2 and own_reason is distinct from 'duplicate') as n1,
       count(*) filter (where placed between $1 and $2 and own_reason is null) as n2,
       (select count(*) from restricted) as n3, null::date as day
from a
union all
select 'trend', cast(datediff('day', issued, $2::date) // 7 as varchar), null,
       count(*) filter (where own_reason is distinct from 'duplicate'), null, null, null
from a where issued between $2::date - 83 and $2 group by 2
union all
select 'trend-declined', cast(datediff('day', placed, $2::date) // 7 as varchar), null, count(*), null, null, null
from a where placed between $2::date - 83 and $2 and own_reason is null group by 2
union all
select * from (
    select 'section1', r.issued_fips, concat_ws('|', arg_max(r.category, r.issued), j.name, j.state, j.aor),
           count(*), count(*) filter (where r.outcome = 'DECLINED_BY_LEA' and r.decline_fips = r.issued_fips), null, null
    from restricted r join jurisdiction j on j.fips = r.issued_fips
    group by r.issued_fips, j.name, j.state, j.aor order by 4 desc, 2 limit 10)
union all
select 'section2', a.decline_fips, concat_ws('|', coalesce(a.citizenship, ''), coalesce(a.charge_category, ''),
           coalesce(a.msc_charge, ''), coalesce(a.criminality, ''), a.issued, j.name, j.state, j.aor, a.recorded_declined,
           a.outcome_date, a.rule, p.instrument, p.category, p.enacted_raw, p.statewide),
       a.id, case when a.rule <> 'issued-date' then datediff('day', a.issued, a.placed) end, null, a.placed
from a join jurisdiction j on j.fips = a.decline_fips
left join policy_now p on p.fips = a.decline_fips
where a.placed between $1 and $2
union all
select 'section3', p.jurisdiction_fips, concat_ws(' | ', j.name, j.kind, j.state, j.aor, p.enacted_raw, p.instrument, p.criteria,
           p.category, p.effective_from, p.effective_to, p.source), null, null, null, p.enacted
from policy p join jurisdiction j on j.fips = p.jurisdiction_fips
where p.effective_from <= $2 and (p.effective_to is null or p.effective_to > $1)
union all
select 'sources', r.id::varchar, concat_ws(' | ', r.name, r.kind, r.sha256, r.generated, c.first_issued, c.last_issued,
           c.has_declined_dates), c.records, null, null, null
from source_release r left join release_coverage c on c.release_id = r.id
union all
select 'exclusion-issued', issued_reason, null, count(*), null, null, null
from a where issued between $1 and $2 and issued_reason is not null group by 2
union all
select 'exclusion-declined', decline_reason, null, count(*), null, null, null
from a where placed between $1 and $2 and decline_reason is not null group by 2
union all
select 'placement', rule, null, count(*), null, null, null
from a where placed between $1 and $2 and own_reason is null group by 2
union all
select 'burst', a.decline_fips, j.name, count(*), median(datediff('day', a.issued, a.recorded_declined))::bigint, null,
       a.recorded_declined
from a join jurisdiction j on j.fips = a.decline_fips
where a.recorded_declined between $1 and $2 group by a.decline_fips, j.name, a.recorded_declined having count(*) >= 10
union all
select 'fidelity', null, null,
       count(*) filter (where placed between $1 and $2 and decline_fips is not null and datediff('day', issued, placed) >= 365),
       count(*) filter (where placed between $1 and $2 and decline_fips is not null and transferred),
       (select count(*) from dispute where status = 'OPEN'), null
from a
union all
select 'range', null, null, null, null, null, min(issued) from detainer
union all
select 'range-last', null, null, null, null, null, max(issued) from detainer;
