-- The 1-based row of each staged row in the file, header included, as a spreadsheet shows it.
-- DuckDB gives the records it rejects their record number (one record may have several reject
-- entries); the other rows are numbered in file order (ordinal), and each rejected record before
-- a row shifts it by one. DuckDB skips empty lines without a trace: DDOR never writes one into a
-- canonical file, and one in a hand-edited file shifts the rows after it.
create or replace temp table ddor_canon_reject_offsets as
select line - ? - row_number() over (order by line) as good_rows_before
from (select distinct line from ddor_canon_csv_rejects);

update ddor_canon_rows
set file_row = ? + ordinal + (select count(*) from ddor_canon_reject_offsets o where o.good_rows_before < ordinal);
