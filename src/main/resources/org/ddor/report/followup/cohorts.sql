-- Follow-up of subjects after a decline, and of a comparison group (docs/reports.md, "followup"),
-- counted per group from ddor_followed (followed.sql).
-- $1 first day, $2 last day of the period, $3 window in days, $4 end of the data (latest issued date).
-- One row per group:
--   subjects, censored, censored with a later detainer seen so far, observed, observed with a later
--   detainer, index dates that fell back to the issued date.
select cohort,
       count(*) as subjects,
       count(*) filter (where censored) as censored,
       count(*) filter (where censored and later) as censored_later,
       count(*) filter (where not censored) as observed,
       count(*) filter (where not censored and later) as observed_later,
       count(*) filter (where from_issued) as from_issued
from ddor_followed($1, $2, $3, $4)
group by cohort;
