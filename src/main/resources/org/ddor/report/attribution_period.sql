-- The attribution of the detainers a report of days $1 to $2 can touch, materialised once: those
-- issued, recorded as declined or with an outcome in those days. Every section then reads this
-- small table instead of attributing the whole store again (a store holds years of detainers; a
-- weekly report needs a few thousand). $1 is the period's first day or the first day of the
-- twelve-week trend, whichever is earlier.
create or replace temp table ddor_attributed_period as
select *
from ddor_attributed
where issued between $1 and $2
   or recorded_declined between $1 and $2
   or outcome_date between $1 and $2;
