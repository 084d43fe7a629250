-- The follow-up groups (docs/reports.md, "followup"), one row per subject in a group: the group
-- (declined or comparison), the detainer that put the subject in it (its index event) and that
-- event's day, whether the day fell back to the issued date, whether the window runs past the end
-- of the data (censored), and whether a later detainer of the subject came within the window.
-- Arguments: first and last day of the period, the window in days, the end of the data (latest
-- issued date). Duplicates are left out everywhere (a duplicate is not a later detainer);
-- misdirected detainers are never an index event. cohorts.sql counts the groups; rows/subjects.sql
-- lists a figure's subjects. Made once per connection with the other report views (ReportContext).
create or replace temp macro ddor_followed(first_day, last_day, window_days, data_end) as table
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
    where outcome = 'DECLINED_BY_LEA' and placed_declined between first_day and last_day
      and coalesce(exclusion_code, '') <> 'misdirected'
    qualify row_number() over (partition by subject_key order by placed_declined, id) = 1
),
comparison_index as (
    -- a subject's first detainer issued in the period whose outcome is one of the comparison
    -- outcomes, on its outcome date, else its issued date
    select 'comparison' as cohort, id as index_id, subject_key, coalesce(outcome_date, issued) as index_day,
           outcome_date is null as from_issued
    from records
    where outcome in ('LIFTED_BY_ICE', 'CASE_CLOSED', 'TRANSFERRED', 'OTHER', 'UNKNOWN') and issued between first_day and last_day
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
           i.index_day + cast(window_days as integer) > data_end::date as censored,
           count(r.id) > 0 as later
    from indexed i
    left join later_detainers r
      on r.subject_key = i.subject_key
     and r.issued > i.index_day and r.issued <= i.index_day + cast(window_days as integer)
    group by all
)
select * from followed;
