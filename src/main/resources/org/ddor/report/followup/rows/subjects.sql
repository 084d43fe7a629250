-- followup/GROUP/FIGURE: the subjects behind a figure of a follow-up group, one row each: the
-- detainer that put the subject in the group (its index event). The groups are ddor_followed's
-- (followed.sql), which cohorts.sql counts (CompanionFigureRowsTest checks the counts agree).
-- $1 first day, $2 last day, $3 window in days, $4 end of the data, $5 the group (declined or
-- comparison), $6 the figure: subjects, censored, censored/later, observed, observed/later or
-- index-from-issued.
select r.* from ddor_followed($1, $2, $3, $4) f
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
