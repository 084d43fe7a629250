-- Records the CSV reader could not split into the header's columns (wrong column count,
-- broken quoting, invalid UTF-8, over-long lines).
insert into import_reject
select ?, ?, null, line, column_name, lower(error_type) || ': ' || error_message, left(csv_line, 1000), current_timestamp
from ddor_csv_rejects;
