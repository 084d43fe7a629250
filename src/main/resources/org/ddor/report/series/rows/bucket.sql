-- series/SCOPE/BUCKETING/LABEL/FIGURE: the records behind a bucket's figure, counted as daily.sql
-- counts them. $1 the bucket's first day, $2 its last day (both within the series' span), $3 a
-- jurisdiction's FIPS code or null for the nation, $4 the figure: issued, declined or booked.
select * from ddor_figure_row
where coalesce(exclusion_code, '') <> 'duplicate'
  and case $4
          when 'issued' then issued between $1 and $2 and ($3::varchar is null or issued_jurisdiction_fips = $3::varchar)
          when 'booked' then issued between $1 and $2 and ($3::varchar is null or issued_jurisdiction_fips = $3::varchar)
                             and outcome = 'BOOKED_INTO_ICE_CUSTODY'
          when 'declined' then placed_declined between $1 and $2 and coalesce(exclusion_code, '') <> 'misdirected'
                               and ($3::varchar is null or jurisdiction_fips = $3::varchar)
      end
order by coalesce(placed_declined, issued), id;
