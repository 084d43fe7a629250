-- What the store holds: first and last issued date, records, and whether any release is generated.
select min(issued), max(issued), count(*),
       (select count(*) > 0 from source_release where generated)
from detainer;
