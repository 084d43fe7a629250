-- Where this release's detainers were first read, when the file says (source_release).
insert into detainer_origin
select d.id, p.source_release, p.source_sheet, p.source_row_value
from ddor_canon_parsed p
join detainer d on d.record_key = p.record_key and d.release_id = ?
where p.record_kind = 'detainer' and p.reject_reason is null and p.source_release is not null;
