-- Section IV: every release read, with the issued dates it covers.
select r.id, r.name, r.kind, r.sha256, r.generated,
       min(d.issued), max(d.issued), count(d.id), count(d.recorded_declined) > 0
from source_release r
left join detainer d on d.release_id = r.id
group by all
order by r.id;
