-- section4/old: declines placed from $1 to $2, of a jurisdiction, $3 days or more after issue
-- (../figures.sql).
select * from ddor_figure_row
where placed_declined between $1 and $2 and jurisdiction_fips is not null
  and datediff('day', issued, placed_declined) >= $3
order by placed_declined, issued, id;
