-- section1/FIPS/declined: of section1/FIPS, the detainers that jurisdiction $3 declined (../figures.sql).
select * from ddor_figure_row r
where r.issued between $1 and $2 and r.issued_jurisdiction_fips = $3
  and r.outcome = 'DECLINED_BY_LEA' and r.jurisdiction_fips = $3
  and exists (select 1 from ddor_policy_scope s
              where s.jurisdiction_fips = r.issued_jurisdiction_fips
                and r.issued >= s.effective_from and (s.effective_to is null or r.issued < s.effective_to))
order by r.issued, r.id;
