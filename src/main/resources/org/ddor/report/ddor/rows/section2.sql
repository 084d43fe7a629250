-- section2/FIPS: declines placed from $1 to $2 of the jurisdiction $3 that declined (../figures.sql).
select * from ddor_figure_row
where placed_declined between $1 and $2 and jurisdiction_fips = $3
order by placed_declined, issued, id;
