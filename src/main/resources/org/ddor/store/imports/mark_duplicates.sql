-- Duplicates of this release point at the record they repeat (the earliest by release and row):
-- in layouts with a subject identifier, an exact repeat of a subject's row, or a row ICE flags
-- duplicate_likely that has an earlier record of the same subject, issued the same day, at the same facility.
update detainer d set duplicate_of = first.id
from (
    select subject_key, issued, facility_id, min(id) as id
    from detainer
    where subject_key is not null
    group by all
) first
where d.release_id = ?
  and d.subject_key is not null
  and d.subject_key = first.subject_key and d.issued = first.issued and d.facility_id = first.facility_id
  and d.id <> first.id
  and (d.duplicate_likely or d.record_key not like '%:1');
