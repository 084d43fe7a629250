-- Rejected rows by release and reason, most first.
select release_name, reason, count(*) as rows
from import_reject
group by release_name, reason
order by release_name, rows desc, reason;
