-- The records behind the follow-up report's record counts (without_subject.sql, same conditions):
-- $1 first day, $2 last day, $3 the figure: declined/records (declines placed in the period),
-- comparison/records (detainers issued in it with a comparison outcome), without-subject/declined
-- and without-subject/comparison (those of them without a subject identifier), or both-groups (a
-- row per subject in both groups: its first decline of the period).
with flagged as (
    select r.*,
           outcome = 'DECLINED_BY_LEA' and placed_declined between $1 and $2 as is_declined,
           outcome in ('LIFTED_BY_ICE', 'CASE_CLOSED', 'TRANSFERRED', 'OTHER', 'UNKNOWN')
               and issued between $1 and $2 as is_comparison
    from ddor_figure_row r
    where coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
),
both_groups as (
    select subject_key from flagged
    where subject_key is not null and (is_declined or is_comparison)
    group by subject_key having bool_or(is_declined) and bool_or(is_comparison)
)
select * exclude (is_declined, is_comparison) from flagged
where case $3
          when 'declined/records' then is_declined
          when 'comparison/records' then is_comparison
          when 'without-subject/declined' then is_declined and subject_key is null
          when 'without-subject/comparison' then is_comparison and subject_key is null
          when 'both-groups' then is_declined and subject_key in (select subject_key from both_groups)
      end
  and ($3 <> 'both-groups'
       or id = (select min(f.id) from flagged f where f.subject_key = flagged.subject_key and f.is_declined
                and f.placed_declined = (select min(g.placed_declined) from flagged g
                                         where g.subject_key = flagged.subject_key and g.is_declined)))
order by coalesce(placed_declined, issued), id;
