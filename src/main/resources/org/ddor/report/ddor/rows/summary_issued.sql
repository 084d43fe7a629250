-- summary/issued and trend/DAY/issued: detainers issued from $1 to $2, duplicates once (../figures.sql).
select * from ddor_figure_row
where issued between $1 and $2 and coalesce(exclusion_code, '') <> 'duplicate'
order by issued, id;
