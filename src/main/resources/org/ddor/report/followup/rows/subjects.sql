-- followup/GROUP/FIGURE: the subjects behind a figure of a follow-up group, one row each: the
-- detainer that put the subject in the group (its index event). The groups are cohorts.sql's,
-- with the same conditions (keep the two in step; CompanionFigureRowsTest checks the counts).
-- $1 first day, $2 last day, $3 window in days, $4 end of the data, $5 the group (declined or
-- comparison), $6 the figure: subjects, censored, censored/later, observed, observed/later or
-- index-from-issued.
with records as (
    select id, subject_key, issued, outcome, outcome_date, placed_declined, declined_rule_code, exclusion_code
    from ddor_attributed
    where coalesce(exclusion_code, '') <> 'duplicate' and subject_key is not null
),
declined_index as (
    -- a subject's first decline placed in the period, on its placing date
    select 'declined' as cohort, id as index_id, subject_key, placed_declined as index_day,
           declined_rule_code = 'issued-date' as from_issued
    from records
    where outcome = 'DECLINED_BY_LEA' and placed_declined between $1 and $2
      and coalesce(exclusion_code, '') <> 'misdirected'
    qualify row_number() over (partition by subject_key order by placed_declined, id) = 1
),
comparison_index as (
    -- a subject's first detainer issued in the period whose outcome is one of the comparison
    -- outcomes, on its outcome date, else its issued date
    select 'comparison' as cohort, id as index_id, subject_key, coalesce(outcome_date, issued) as index_day,
           outcome_date is null as from_issued
    from records
    where outcome in ('LIFTED_BY_ICE', 'CASE_CLOSED', 'TRANSFERRED', 'OTHER', 'UNKNOWN') and issued between $1 and $2
      and coalesce(exclusion_code, '') <> 'misdirected'
    qualify row_number() over (partition by subject_key order by issued, id) = 1
),
indexed as (
    select * from declined_index
    union all
    select * from comparison_index
),
later_detainers as (
    -- the follow-up events: any detainer of a subject in a group (duplicates aside), read from the
    -- table itself rather than the view (the same records, without the attribution work)
    select d.id, d.subject_key, d.issued
    from detainer d
    where d.duplicate_of is null
      and d.subject_key in (select subject_key from indexed)
      and d.issued > (select min(index_day) from indexed)
),
followed as (
    select i.cohort, i.index_id, i.subject_key, i.index_day, i.from_issued,
           i.index_day + cast($3 as integer) > $4::date as censored,
           count(r.id) > 0 as later
    from indexed i
    left join later_detainers r
      on r.subject_key = i.subject_key
     and r.issued > i.index_day and r.issued <= i.index_day + cast($3 as integer)
    group by all
)
select r.* from followed f
join ddor_figure_row r on r.id = f.index_id
where f.cohort = $5
  and case $6
          when 'subjects' then true
          when 'censored' then f.censored
          when 'censored/later' then f.censored and f.later
          when 'observed' then not f.censored
          when 'observed/later' then not f.censored and f.later
          when 'index-from-issued' then f.from_issued
      end
order by f.index_day, r.id;
