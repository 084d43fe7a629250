-- Rows whose values cannot be stored, then records the CSV reader could not split: one reject per
-- record (DuckDB may report several problems for one), with its first problem in words.
insert into import_reject
select ?, ?, null, file_row, reject_column, reject_reason, left(reject_value, 1000), current_timestamp
from ddor_canon_parsed
where reject_reason is not null;

insert into import_reject
select ?, ?, null, r.line, r.column_name,
       case r.error_type
           when 'TOO MANY COLUMNS' then 'row has more columns than the header'
           when 'MISSING COLUMNS' then 'row has fewer columns than the header'
           when 'UNQUOTED VALUE' then 'stray quote: a quoted value has text after its closing quote, or is never closed'
           when 'INVALID ENCODING' then 'not UTF-8 text'
           when 'LINE SIZE OVER MAXIMUM' then 'row is longer than the limit'
           else lower(r.error_type) || ': ' || r.error_message
       end,
       left(r.csv_line, 1000), current_timestamp
from ddor_canon_csv_rejects r
qualify row_number() over (partition by r.line order by r.byte_position, r.column_idx) = 1;
