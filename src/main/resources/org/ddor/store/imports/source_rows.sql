-- The 1-based source row of each staged CSV row. DuckDB numbers rejected records by their record
-- number in the file (title and header rows included); good rows are numbered by insertion order.
-- One record can have several reject entries (e.g. a stray quote and a wrong column count).
-- Good row k (1-based) sits at line  skip + k + #{rejects i : line_i - skip - rank_i < k}.
create temp table ddor_reject_offsets as
select line - ? - row_number() over (order by line) as good_rows_before
from (select distinct line from ddor_csv_rejects);

update ddor_staged
set source_row = ? + ordinal + (select count(*) from ddor_reject_offsets o where o.good_rows_before < ordinal);
