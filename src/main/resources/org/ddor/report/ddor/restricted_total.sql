-- Detainers issued in the period to any jurisdiction (of the receiving facility) whose restrictive
-- policy was in effect on the issued date. $1, $2 the period.
select count(distinct a.id)
from ddor_attributed_period a
join ddor_policy_scope s
  on s.jurisdiction_fips = a.issued_jurisdiction_fips
 and a.issued >= s.effective_from and (s.effective_to is null or a.issued < s.effective_to)
where a.issued between $1 and $2 and a.issued_jurisdiction_fips is not null;
