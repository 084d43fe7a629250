-- section4/transferred: declines placed from $1 to $2 attributed to a facility the person had been
-- transferred to (../figures.sql).
select * from ddor_figure_row
where placed_declined between $1 and $2 and jurisdiction_fips is not null and transferred
order by placed_declined, issued, id;
