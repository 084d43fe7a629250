-- section4/placed/CODE: declines placed from $1 to $2 by rule $3 (../figures.sql).
select * from ddor_figure_row
where placed_declined between $1 and $2 and declined_rule_code = $3
  and coalesce(exclusion_code, '') not in ('duplicate', 'misdirected')
order by placed_declined, issued, id;
