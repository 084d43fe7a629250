-- A duplicate points at the detainer it repeats, named by record key in this file or the store.
-- A name that matches nothing leaves the detainer without the link (counted in a note): the
-- record it repeats is not in this store, so here it is the only one and counts once.
update detainer set duplicate_of = target.id
from ddor_canon_parsed p,
     (select record_key, min(id) as id from detainer where record_key is not null group by record_key) target
where detainer.release_id = ?
  and detainer.record_key = p.record_key
  and p.record_kind = 'detainer' and p.reject_reason is null
  and target.record_key = p.duplicate_of_ref;
