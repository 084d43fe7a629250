-- Source releases, newest import first, with rejected rows counted from import_reject.
select r.id, r.name, r.kind, r.file_name, r.sha256, r.imported_at, r.rows_read, r.rows_imported, r.rows_rejected,
       r.generated, r.notes,
       (select min(d.issued) from detainer d where d.release_id = r.id) as first_issued,
       (select max(d.issued) from detainer d where d.release_id = r.id) as last_issued
from source_release r
order by r.imported_at desc, r.id desc;
