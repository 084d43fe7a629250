-- Section IV: every release read, with the issued dates it covers (recorded at import).
select r.id, r.name, r.kind, r.sha256, r.generated,
       c.first_issued, c.last_issued, coalesce(c.records, 0), coalesce(c.has_declined_dates, false)
from source_release r
left join release_coverage c on c.release_id = r.id
order by r.id;
