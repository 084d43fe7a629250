-- summary/declined and trend/DAY/declined: declines placed from $1 to $2, except duplicates and
-- misdirected detainers (../figures.sql).
select * from ddor_figure_row
where placed_declined between $1 and $2 and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
order by placed_declined, issued, id;
