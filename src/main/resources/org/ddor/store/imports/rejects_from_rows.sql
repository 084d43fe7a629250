-- Rows whose values cannot be stored; the column is the file's own header text.
insert into import_reject
select ?, ?, ?, p.source_row, coalesce(h.header_text, p.reject_field), p.reject_reason,
       left(case p.reject_field
           when 'issued_raw' then p.issued_raw when 'facility_raw' then p.facility_raw
           when 'state_raw' then p.state_raw when 'birth_year_raw' then p.birth_year_raw
           when 'msc_charge_date_raw' then p.msc_charge_date_raw
           when 'msc_conviction_date_raw' then p.msc_conviction_date_raw
           when 'lift_date_raw' then p.lift_date_raw when 'declined_date_raw' then p.declined_date_raw
           when 'duplicate_likely_raw' then p.duplicate_likely_raw
           else substr(p.issued_raw, length(chr(0) || 'extra-cells:') + 1) end, 1000),
       current_timestamp
from ddor_parsed p
left join ddor_field_header h on h.field_column = p.reject_field
where p.reject_reason is not null;
