-- section4/excluded/CODE/declined: declines placed from $1 to $2 that count for no jurisdiction
-- for reason $3 (../figures.sql).
select * from ddor_figure_row
where placed_declined between $1 and $2 and exclusion_code = $3
order by placed_declined, issued, id;
