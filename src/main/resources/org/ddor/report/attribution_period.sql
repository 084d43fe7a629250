-- The attribution of the detainers a report of days $1 to $2 can touch, materialised once: those
-- issued, recorded as declined or with an outcome in those days. Every section then reads this
-- small table instead of attributing the whole store again (a store holds years of detainers; a
-- weekly report needs a few thousand). $1 is the period's first day or the first day of the
-- twelve-week trend, whichever is earlier.
-- Only the narrow columns the sections select on are kept: copying a detainer's text fields costs
-- more than attributing it; Section II joins the few declines back to their text.
create or replace temp table ddor_attributed_period as
select id, issued, outcome, recorded_declined, outcome_date, charge_category, transferred,
       receiving_facility_id, custodian_facility_id, issued_jurisdiction_fips, issued_exclusion_code,
       jurisdiction_fips, exclusion_code, exclusion, placed_declined, declined_rule, declined_rule_code
from ddor_attribute($1, $2);
