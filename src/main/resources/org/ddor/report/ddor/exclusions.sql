-- Section IV: records of the period that count for no jurisdiction, by reason: detainers issued in
-- the period by why their receiving facility's jurisdiction gets no count, and declines placed in
-- the period by why their custodian's jurisdiction gets none. $1, $2 the period.
with excluded as (
    select issued_exclusion_code as code, true as by_issued
    from ddor_attributed_period
    where issued between $1 and $2 and issued_exclusion_code is not null
    union all
    select exclusion_code, false
    from ddor_attributed_period
    where placed_declined between $1 and $2 and exclusion_code is not null
)
select r.words, r.code,
       count(*) filter (where e.by_issued) as issued,
       count(*) filter (where not e.by_issued) as declined
from excluded e
join ddor_exclusion_reason r on r.code = e.code
group by r.position, r.words, r.code
order by r.position;
