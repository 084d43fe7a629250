-- Source releases, newest import first, with the issued dates each covers (recorded at import).
select r.id, r.name, r.kind, r.file_name, r.sha256, r.imported_at, r.rows_read, r.rows_imported, r.rows_rejected,
       r.generated, r.notes, c.first_issued, c.last_issued
from source_release r
left join release_coverage c on c.release_id = r.id
order by r.imported_at desc, r.id desc;
