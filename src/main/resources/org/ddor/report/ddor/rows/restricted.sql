-- summary/restricted: detainers issued from $1 to $2 to a jurisdiction whose restrictive policy
-- was in effect on the issued date (../figures.sql).
select * from ddor_figure_row r
where r.issued between $1 and $2 and r.issued_jurisdiction_fips is not null
  and exists (select 1 from ddor_policy_scope s
              where s.jurisdiction_fips = r.issued_jurisdiction_fips
                and r.issued >= s.effective_from and (s.effective_to is null or r.issued < s.effective_to))
order by r.issued, r.id;
