-- The 1-based source row of each staged CSV row, as a spreadsheet shows it (title rows, header and
-- empty lines counted; a quoted value over several lines is one row). DuckDB gives the records it
-- rejects their record number in the file, and skips empty lines without a trace; the other rows
-- are numbered in file order (their ordinal). Records that yield no row ("gaps": rejected records, empty
-- lines) shift the rows after them: row k sits at record  header + k + #{gaps g : g - header - rank(g) < k}.
-- g - header - rank(g), the rows read before gap g, never decreases with g, so the count is the
-- largest rank among the gaps before row k: an as-of join, not a count per row (quadratic).
-- One record can have several reject entries (e.g. a stray quote and a wrong column count).
create temp table ddor_gap_offsets as
select rows_before, max(gaps) as gaps
from (
    select line - ? - row_number() over (order by line) as rows_before, row_number() over (order by line) as gaps
    from (select line from ddor_csv_rejects union select line from ddor_empty_lines)
)
group by rows_before;

-- First each row's ordinal: its 1-based position among the rows read, in file order. Inside a
-- transaction DuckDB numbers a new table's rows from 2^55 rather than 0, so the first rowid is subtracted.
update ddor_staged set source_row = rowid - (select min(rowid) from ddor_staged) + 1;

update ddor_staged s
set source_row = s.source_row + shifted.gaps
from (
    select r.source_row as ordinal, o.gaps
    from ddor_staged r asof join ddor_gap_offsets o on r.source_row > o.rows_before
) shifted
where shifted.ordinal = s.source_row;

update ddor_staged set source_row = source_row + ?;
