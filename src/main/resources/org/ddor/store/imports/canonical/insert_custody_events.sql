-- Custody events, attached to their detainer by record key (stored now or before). An event the
-- store already holds (same detainer, kind, date, facility and source) is not stored twice.
insert into custody_event
select target.id, p.event_kind_value, p.event_date_value, f.id, p.event_source
from ddor_canon_parsed p
join ddor_canon_row_facility rf on rf.file_row = p.file_row
join facility f on f.facility_key = rf.facility_key
join (select record_key, min(id) as id from detainer
      where record_key in (select detainer_ref from ddor_canon_parsed where record_kind = 'custody_event')
      group by record_key) target on target.record_key = p.detainer_ref
where p.record_kind = 'custody_event' and p.reject_reason is null
  and not exists (select 1 from custody_event e
                  where e.detainer_id = target.id and e.kind = p.event_kind_value and e.event_date = p.event_date_value
                    and e.facility_id = f.id and e.source is not distinct from p.event_source);
