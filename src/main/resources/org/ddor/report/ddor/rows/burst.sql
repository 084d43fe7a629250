-- section4/burst/FIPS/DAY: declines recorded on day $1 for jurisdiction $2 (../figures.sql).
select * from ddor_figure_row
where recorded_declined = $1 and jurisdiction_fips = $2
order by issued, id;
