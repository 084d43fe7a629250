-- Records what the release just imported covers ($1 its id).
insert into release_coverage
select $1, min(issued), max(issued), count(*), count(recorded_declined) > 0
from detainer
where release_id = $1;
