-- Every county (5-digit FIPS) the map can show, with has_data false when no facility of the store is
-- attributed to it at all: DDOR has nothing on it, which the map shows apart from zero. Changes only
-- with an import.
select j.fips, j.name, j.state,
       j.fips in (select jurisdiction_fips from facility
                  where resolution in ('RULE', 'MANUAL') and jurisdiction_fips is not null) as has_data
from jurisdiction j
where length(j.fips) = 5
order by j.fips;
