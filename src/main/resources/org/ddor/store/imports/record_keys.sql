-- A record's identity across releases: the hash of its source values (content_key, parse.sql) plus its
-- occurrence among identical rows of this file, so an overlapping release's rows match the stored ones
-- while two genuinely identical detainers in one file (same facility, same day) stay two records.
-- A narrow table: numbering the wide parsed rows would sort every column of a million-row release.
-- new_rank numbers the rows not stored before in file order; they become the new detainers' ids.
create temp table ddor_record_keys as
with keyed as (
    select source_row,
           content_key || ':' || row_number() over (partition by content_key order by source_row) as record_key
    from ddor_parsed
    where reject_reason is null
), marked as (
    select keyed.*, exists (select 1 from detainer d where d.record_key = keyed.record_key) as stored
    from keyed
)
select source_row, record_key, stored,
       case when not stored then row_number() over (partition by stored order by source_row) end as new_rank
from marked;
