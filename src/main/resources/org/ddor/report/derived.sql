-- Macros over the figures the store derives at import (store/derived/unit_day.sql), for the reports
-- that read them. Made once per connection with the attribution views (ReportContext).

-- ddor_facility_issued(first_year, last_year, head_from, head_to, tail_from, tail_to): each
-- facility's detainers issued in a period (duplicates and misdirected left out), the period given cut
-- at fiscal years (FiscalYearCut): the whole fiscal years, the days before them, the days after them.
create or replace temp macro ddor_facility_issued(first_year, last_year, head_from, head_to, tail_from, tail_to) as table
select unit::bigint as facility_id, sum(issued)::bigint as records
from (
    select unit, issued from unit_fiscal_year
    where unit_kind = 'FACILITY' and fiscal_year between first_year and last_year
    union all
    select unit, issued from unit_day
    where unit_kind = 'FACILITY' and day between head_from and head_to
    union all
    select unit, issued from unit_day
    where unit_kind = 'FACILITY' and day between tail_from and tail_to
)
group by unit;
