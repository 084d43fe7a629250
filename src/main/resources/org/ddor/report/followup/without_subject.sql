-- Records of the period that would enter a group but carry no subject identifier (left out, and
-- counted): declines placed in the period, and detainers issued in it with a comparison outcome.
-- Also the subjects in both groups. $1 first day, $2 last day.
with flagged as (
    select subject_key,
           outcome = 'DECLINED_BY_LEA' and placed_declined between $1 and $2 as declined,
           outcome in ('LIFTED_BY_ICE', 'CASE_CLOSED', 'TRANSFERRED', 'OTHER', 'UNKNOWN')
               and issued between $1 and $2 as comparison
    from ddor_attributed
    where coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
),
candidates as materialized (
    select * from flagged where declined or comparison
)
select count(*) filter (where declined and subject_key is null),
       count(*) filter (where comparison and subject_key is null),
       count(*) filter (where declined),
       count(*) filter (where comparison),
       (select count(*) from (
            select subject_key from candidates where subject_key is not null
            group by subject_key having bool_or(declined) and bool_or(comparison)))
from candidates;
