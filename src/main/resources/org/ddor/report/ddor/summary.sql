-- $1 first day, $2 last day. Issued nationally: every detainer issued in the period except
-- duplicates (a duplicate is counted once, as the record it repeats).
select
    count(*) filter (where issued between $1 and $2 and coalesce(exclusion_code, '') <> 'duplicate') as issued,
    count(*) filter (where placed_declined between $1 and $2 and coalesce(exclusion_code, '') <> 'duplicate'
                     and coalesce(exclusion_code, '') <> 'misdirected') as declined
from ddor_attributed_period;
