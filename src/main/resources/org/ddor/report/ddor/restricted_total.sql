-- Detainers issued in the period to any jurisdiction whose restrictive policy was in effect that day.
select count(distinct a.id)
from ddor_attributed a
join ddor_policy_scope s
  on s.jurisdiction_fips = a.jurisdiction_fips
 and a.issued >= s.effective_from and (s.effective_to is null or a.issued < s.effective_to)
where a.issued between $1 and $2 and a.jurisdiction_fips is not null;
