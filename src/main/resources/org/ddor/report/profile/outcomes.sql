-- Outcomes of the detainers issued in the period to the jurisdiction (its receiving facilities),
-- wherever the outcome happened. $1 first day, $2 last day, $3 FIPS code.
select outcome, count(*)
from ddor_attributed
where issued_jurisdiction_fips = $3 and issued between $1 and $2
group by outcome;
