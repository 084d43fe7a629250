-- section4/excluded/CODE/issued: detainers issued from $1 to $2 that count for no jurisdiction
-- for reason $3 (../figures.sql).
select * from ddor_figure_row
where issued between $1 and $2 and issued_exclusion_code = $3
order by issued, id;
