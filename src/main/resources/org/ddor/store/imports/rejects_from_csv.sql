-- Records the CSV reader could not split into the header's columns (wrong column count, broken
-- quoting, invalid UTF-8, over-long rows): one reject per record with its first problem in words,
-- and the column as the file's own header names it. An xlsx is read through a staging CSV whose
-- first field is the sheet's row number: that is the reject's row, and the raw value is shown without it.
insert into import_reject
select ?, ?, ?, source_row, header_text, reason, left(raw_line, 1000), current_timestamp
from (
    select case when ? then coalesce(try_cast(split_part(r.csv_line, ',', 1) as bigint), r.line) else r.line end as source_row,
           case when ? then substr(r.csv_line, strpos(r.csv_line, ',') + 1) else r.csv_line end as raw_line,
           h.header_text,
           case r.error_type
               when 'TOO MANY COLUMNS' then 'row has more columns than the header ('
                   || regexp_extract(r.error_message, 'Found: (\d+)', 1) || ' of '
                   || regexp_extract(r.error_message, 'Columns: (\d+)', 1) || ')'
               when 'MISSING COLUMNS' then 'row has fewer columns than the header ('
                   || regexp_extract(r.error_message, 'Found: (\d+)', 1) || ' of '
                   || regexp_extract(r.error_message, 'Columns: (\d+)', 1) || ')'
               when 'UNQUOTED VALUE' then 'stray quote: a quoted value has text after its closing quote, or its quote is never closed'
               when 'INVALID ENCODING' then 'not UTF-8 text: save the file as CSV UTF-8'
               when 'LINE SIZE OVER MAXIMUM' then 'row is ' || regexp_extract(r.error_message, 'Actual Size:\s*(\d+)', 1)
                   || ' bytes, over the limit of ' || regexp_extract(r.error_message, 'line size of (\d+)', 1) || ' bytes'
               else lower(r.error_type) || ': ' || r.error_message
           end as reason
    from ddor_csv_rejects r
    left join ddor_field_header h on h.field_column = r.column_name
    qualify row_number() over (partition by r.scan_id, r.line order by r.byte_position, r.column_idx) = 1
);
