-- profile/FIPS/FIGURE: the records behind a figure of a jurisdiction profile, counted as
-- totals.sql, outcomes.sql, facilities.sql and nearby.sql count them. $1 first day, $2 last day,
-- $3 FIPS code, $4 the figure: issued, declined, declined-of-issued, booked, outcome (of the
-- detainers issued to it), facility (issued to one of its facilities) or nearby (issued to an
-- unattributed facility of its state), $5 the outcome (OUTCOME) or the facility id, else null.
select * from ddor_figure_row
where case $4
          when 'issued' then issued_jurisdiction_fips = $3 and issued between $1 and $2
          when 'declined' then jurisdiction_fips = $3 and placed_declined between $1 and $2
          when 'declined-of-issued' then issued_jurisdiction_fips = $3 and jurisdiction_fips = $3
                                         and issued between $1 and $2 and outcome = 'DECLINED_BY_LEA'
          when 'booked' then issued_jurisdiction_fips = $3 and issued between $1 and $2
                             and outcome = 'BOOKED_INTO_ICE_CUSTODY'
          when 'outcome' then issued_jurisdiction_fips = $3 and issued between $1 and $2 and outcome = $5
          when 'facility' then issued_jurisdiction_fips = $3 and issued between $1 and $2
                               and receiving_facility_id::varchar = $5
          when 'nearby' then receiving_facility_id::varchar = $5 and issued between $1 and $2
                             and coalesce(issued_exclusion_code, '') not in ('duplicate', 'misdirected')
      end
order by issued, id;
