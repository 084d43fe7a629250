-- section1/FIPS: detainers issued from $1 to $2 to jurisdiction $3 while a restrictive policy of
-- its own or its state's was in effect (../figures.sql).
select * from ddor_figure_row r
where r.issued between $1 and $2 and r.issued_jurisdiction_fips = $3
  and exists (select 1 from ddor_policy_scope s
              where s.jurisdiction_fips = r.issued_jurisdiction_fips
                and r.issued >= s.effective_from and (s.effective_to is null or r.issued < s.effective_to))
order by r.issued, r.id;
